using Resume.Scoring.Text;

namespace Resume.Scoring.Checks;

/// <summary>
/// Dates a recruiter can trust: every job dated, no end before its start, nothing in the future, no unexplained
/// overlap between jobs, and no gap of more than six months left unexplained (studies in between explain one). A
/// student's placement may go undated and runs alongside jobs, as studies do.
/// </summary>
internal sealed class DatesConsistentCheck : ResumeCheck
{
    private const int GapMonths = 6;

    private static readonly string[] ConcurrentWords =
        ["part-time", "part time", "freelance", "contract", "contractor", "consultant", "consulting", "volunteer", "side project", "concurrent", "advisor", "adjunct", "moonlight", "founder", "co-founder", "self-employed"];

    public override string Id => CheckIds.DatesConsistent;
    public override string Title => "Consistent dates";
    public override int Weight => 5;
    public override string Category => ScoreCategories.Structure;

    public override CheckOutcome Run(CheckContext context)
    {
        if (context.Positions.Count == 0)
        {
            return CheckOutcome.NotApplicable("No positions, so no dates to check.");
        }

        var issues = new List<(double Severity, string Problem, string Fix, string[] Quotes)>();
        var today = context.Today;
        foreach (var p in context.Positions)
        {
            if (string.IsNullOrWhiteSpace(p.Work.StartDate) && string.IsNullOrWhiteSpace(p.Work.EndDate) && p.IsPlacement)
            {
                continue; // a placement is set by term: many programmes list it without dates
            }
            if (string.IsNullOrWhiteSpace(p.Work.StartDate))
            {
                issues.Add((0.15, $"{p.Label} has no start date", $"Add the start month and year to {p.Label}, e.g. '2021-03' (Mar 2021).", [p.Quote]));
            }
            else if (p.Start is null)
            {
                issues.Add((0.15, $"the start date '{p.Work.StartDate}' of {p.Label} cannot be read", $"Write the start of {p.Label} as month and year, e.g. 'Mar 2021'.", [p.Quote]));
            }
            if (!p.Current && p.End is null)
            {
                issues.Add((0.15, $"the end date '{p.Work.EndDate}' of {p.Label} cannot be read", $"Write the end of {p.Label} as month and year, or 'Present' if you still work there.", [p.Quote]));
            }
            if (p.Start is { } start && p.End is { } end && end.Index < start.Index)
            {
                issues.Add((0.35, $"{p.Label} ends ({p.Work.EndDate}) before it starts ({p.Work.StartDate})", $"Correct the dates of {p.Label}: the end must come after the start.", [p.Quote]));
            }
            if (p.Start is { } future && future.Index > today.Index)
            {
                issues.Add((0.35, $"{p.Label} starts in the future ({p.Work.StartDate}, today is {today})", $"Correct the start of {p.Label}, or leave the job out until you have started it.", [p.Quote]));
            }
            else if (!p.Current && p.End is { } ends && ends.Index > today.Index)
            {
                issues.Add((0.35, $"{p.Label} ends in the future ({p.Work.EndDate}, today is {today})", $"If you still work at {p.Label.Split(", ").Last()}, write 'Present' as the end date; otherwise correct it.", [p.Quote]));
            }
        }

        var dated = context.Positions
            .Where(p => p.Start is not null && p.End is not null && p.End.Value.Index >= p.Start.Value.Index)
            .OrderBy(p => p.Start!.Value.Index)
            .ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                var (a, b) = (dated[i], dated[j]);
                var overlap = Math.Min(a.End!.Value.Index, b.End!.Value.Index) - Math.Max(a.Start!.Value.Index, b.Start!.Value.Index);
                if (overlap > Tolerance(a, b, 1) && !SameEmployer(a, b) && !Concurrent(a) && !Concurrent(b))
                {
                    issues.Add((0.25, $"{a.Label} and {b.Label} overlap by {overlap} months",
                        $"If you held {a.Label} and {b.Label} at the same time, say so (e.g. 'part-time' or 'contract' in the title); otherwise correct the dates.",
                        [a.Quote, b.Quote]));
                }
            }
        }

        var coveredUntil = dated.Count > 0 ? dated[0].End!.Value.Index : 0;
        var coveredBy = dated.FirstOrDefault();
        foreach (var next in dated.Skip(1))
        {
            var gap = next.Start!.Value.Index - coveredUntil;
            if (gap > Tolerance(coveredBy!, next, GapMonths) && !Studying(context, coveredUntil, next.Start.Value.Index))
            {
                issues.Add((0.2, $"a {gap}-month gap between {coveredBy!.Label} (ended {coveredBy.Work.EndDate}) and {next.Label} (started {next.Work.StartDate})",
                    $"Explain the {gap}-month gap before {next.Label} in a line of its own, e.g. 'Career break: caring for family' or a course you took, or correct the dates.",
                    [coveredBy.Quote, next.Quote]));
            }
            if (next.End!.Value.Index > coveredUntil)
            {
                coveredUntil = next.End.Value.Index;
                coveredBy = next;
            }
        }

        var evidence = context.Positions.Select(p => p.Quote).ToList();
        if (issues.Count == 0)
        {
            return CheckOutcome.Pass(1, $"The dates of all {context.Positions.Count} positions are complete, in the past, without unexplained overlaps or gaps over {GapMonths} months.", evidence);
        }
        var score = Math.Max(0, 1 - issues.Sum(i => i.Severity));
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1, warn: 0.6),
            $"{Wording.Count(issues.Count, "date problem")}: {string.Join("; ", issues.Select(i => i.Problem))}.",
            issues.SelectMany(i => i.Quotes).Distinct(StringComparer.Ordinal).ToList(),
            string.Join(" ", issues.Select(i => i.Fix).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>Bare years are only known to within a year, so they widen the margin.</summary>
    private static int Tolerance(Position a, Position b, int months) =>
        a.Start!.Value.HasMonth && b.Start!.Value.HasMonth && a.End!.Value.HasMonth && b.End!.Value.HasMonth ? months : Math.Max(months, 12);

    private static bool SameEmployer(Position a, Position b) =>
        !string.IsNullOrWhiteSpace(a.Work.Name) && string.Equals(a.Work.Name.Trim(), b.Work.Name?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Concurrent(Position p) =>
        p.IsPlacement || ConcurrentWords.Any(w => p.Explanation.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A gap is explained when studies cover at least half of it.</summary>
    private static bool Studying(CheckContext context, int from, int to) =>
        context.Resume.Education.Any(e =>
            PartialDate.Parse(e.StartDate) is { } start
            && (PartialDate.Parse(e.EndDate) ?? context.Today) is var end
            && Math.Min(end.Index, to) - Math.Max(start.Index, from) >= (to - from) / 2.0);
}
