import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { FIGURE_TARGETS, arrowDirection, inCatalogOrder, neighbourOf } from '@shared/bodyFigure';
import { labelOfRegion, listOfRegions } from '@shared/taxonomy';
import type { BodyRegionId } from '@shared/taxonomy/regions';
import { formKey, type FormKeyId } from '@shared/formKeys';
import { FIGURE_VIEW_BOX_ATTR, FigureOutlines, TargetShape } from './BodyFigure';
import { KeyHint } from './KeyHint';

interface BodyPickerProps {
  legend: string;
  selected: readonly BodyRegionId[];
  onChange: (selected: BodyRegionId[]) => void;
  /** The form key that jumps to the figure (Alt+B), shown by the legend. */
  formKeyId?: FormKeyId;
}

/**
 * Where it hurts, chosen on a drawing of the body: click a region to tick or untick it. By keyboard the
 * figure is one tab stop; the arrow keys move between neighbouring regions and Space or Enter ticks.
 * The chosen regions are also listed in words beside it.
 */
export function BodyPicker({ legend, selected, onChange, formKeyId }: BodyPickerProps) {
  const legendId = useId();
  const chosenId = useId();
  const [current, setCurrent] = useState<BodyRegionId>(() => inCatalogOrder(selected)[0] ?? 'neck');
  const targets = useRef(new Map<BodyRegionId, SVGGElement>());

  const toggle = (region: BodyRegionId) => {
    setCurrent(region);
    onChange(selected.includes(region) ? selected.filter((r) => r !== region) : [...selected, region]);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, region: BodyRegionId) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = arrowDirection(event.key);
    if (direction) {
      event.preventDefault();
      const next = neighbourOf(region, direction);
      setCurrent(next);
      targets.current.get(next)?.focus();
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      // Enter would otherwise submit the form: here it ticks, as Space does.
      event.preventDefault();
      toggle(region);
    }
  };

  const chosen = inCatalogOrder(selected);
  return (
    <div
      className="body-picker"
      role="group"
      aria-labelledby={legendId}
      aria-describedby={chosenId}
      data-form-key={formKeyId}
    >
      <p className="body-picker-legend" id={legendId}>
        {legend}
        {formKeyId && <KeyHint id={formKeyId} />}
      </p>
      <div className="body-picker-row">
        <svg className="body-figure body-picker-figure" viewBox={FIGURE_VIEW_BOX_ATTR}>
          <FigureOutlines />
          {FIGURE_TARGETS.map(({ region, shape }) => {
            const isChosen = selected.includes(region);
            return (
              <g
                key={region}
                ref={(element) => {
                  if (element) targets.current.set(region, element);
                  else targets.current.delete(region);
                }}
                className="body-target"
                role="checkbox"
                aria-checked={isChosen}
                aria-label={labelOfRegion(region)}
                tabIndex={region === current ? 0 : -1}
                aria-keyshortcuts={
                  formKeyId && region === current ? formKey(formKeyId).accelerator : undefined
                }
                data-region={region}
                onClick={() => toggle(region)}
                onFocus={() => setCurrent(region)}
                onKeyDown={(event) => onKeyDown(event, region)}
              >
                <title>{labelOfRegion(region)}</title>
                <TargetShape className={`figure-region${isChosen ? ' chosen' : ''}`} shape={shape} />
              </g>
            );
          })}
        </svg>
        <p className="body-picker-chosen" id={chosenId} aria-live="polite">
          {chosen.length === 0 ? 'None chosen yet.' : `Chosen: ${listOfRegions(chosen)}.`}
        </p>
      </div>
    </div>
  );
}
