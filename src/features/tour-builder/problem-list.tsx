// What is wrong with a tour or a tour file, one problem a line, as text (never as HTML: a file's
// contents may appear in a message).
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <div className="builder__problems" role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
