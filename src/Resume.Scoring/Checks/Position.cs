using Resume.Model;
using Resume.Scoring.Text;

namespace Resume.Scoring.Checks;

/// <summary>A job with its dates read: <see cref="End"/> is today for a current one; unreadable dates are kept as written.</summary>
internal sealed record Position(Work Work, PartialDate? Start, PartialDate? End, bool Current)
{
    public string Label =>
        (Work.Position, Work.Name) switch
        {
            ({ Length: > 0 } title, { Length: > 0 } company) => $"{title}, {company}",
            ({ Length: > 0 } title, _) => title,
            (_, { Length: > 0 } company) => company,
            _ => "An untitled position",
        };

    /// <summary>"Senior Engineer, Acme (2021-03 – present)": how evidence quotes a job.</summary>
    public string Quote => $"{Label} ({Work.StartDate ?? "no start date"} – {(Current ? "present" : Work.EndDate)})";

    /// <summary>A student's rotation, practicum or placement (<see cref="Checks.Placement"/>), not a job.</summary>
    public bool IsPlacement { get; init; } = Checks.Placement.Names(Work);

    /// <summary>Where a résumé says a job ran alongside another ("part-time", "contract").</summary>
    public string Explanation => $"{Work.Position} {Work.Summary}";
}
