/** A row of exclusive choices (segmented control), the same look everywhere in Netra. */
export function Choice<T extends string | number>({ name, legend, value, options, onChange }: { name: string; legend: string; value: T; options: ReadonlyArray<readonly [T, string]>; onChange: (v: T) => void }) {
  return (
    <fieldset class="choice">
      <legend class="label">{legend}</legend>
      <div class="segmented">
        {options.map(([v, label]) => (
          <label key={String(v)}>
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
