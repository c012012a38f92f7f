interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

/** A message beside the field it is about; the field points to it with aria-describedby. */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
