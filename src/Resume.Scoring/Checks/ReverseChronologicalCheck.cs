namespace Resume.Scoring.Checks;

/// <summary>Jobs newest first, the format recruiters and the guide expect.</summary>
internal sealed class ReverseChronologicalCheck : ResumeCheck
{
    public override string Id => CheckIds.ReverseChronological;
    public override string Title => "Experience in reverse-chronological order";
    public override int Weight => 5;
    public override string Category => ScoreCategories.Structure;

    public override CheckOutcome Run(CheckContext context)
    {
        var dated = context.Positions.Where(p => p.Start is not null).ToList();
        if (dated.Count < 2)
        {
            return CheckOutcome.NotApplicable(dated.Count == 1 ? "Only one dated position, so its order is fine by definition." : "No dated positions to put in order.");
        }

        var pairs = dated.Count * (dated.Count - 1) / 2;
        var inverted = new List<(Position Earlier, Position Later)>();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                // Listed above but started earlier: one whole year apart when either date is a bare year.
                var tolerance = dated[i].Start!.Value.HasMonth && dated[j].Start!.Value.HasMonth ? 0 : 11;
                // Placements are listed apart from jobs, each list newest first of its own.
                if (dated[j].IsPlacement == dated[i].IsPlacement && dated[j].Start!.Value.Index - dated[i].Start!.Value.Index > tolerance)
                {
                    inverted.Add((dated[i], dated[j]));
                }
            }
        }

        var evidence = dated.Select(p => p.Quote).ToList();
        if (inverted.Count == 0)
        {
            return CheckOutcome.Pass(1, $"The {dated.Count} positions run from newest to oldest.", evidence);
        }
        var score = 1 - (double)inverted.Count / pairs;
        var (earlier, later) = inverted[0];
        var newestFirst = dated.OrderBy(p => p.IsPlacement).ThenByDescending(p => p.Start!.Value.Index).Select(p => p.Label);
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1),
            $"{inverted.Count} of {pairs} pairs of positions are out of order: {earlier.Label} (from {earlier.Work.StartDate}) is listed above {later.Label} (from {later.Work.StartDate}).",
            evidence,
            $"List positions newest first: {string.Join(" → ", newestFirst)}.");
    }
}
