namespace Resume.Scoring.Checks;

/// <summary>
/// How many of the guide's key skill areas the résumé shows anywhere (skills list, bullets, summary). Nobody has them
/// all: three in five areas earn full marks, and each further area below that costs the same.
/// </summary>
internal sealed class RoleSkillsCheck : ResumeCheck
{
    internal const double TargetShare = 0.6;

    public override string Id => CheckIds.RoleSkills;
    public override string Title => "Key skills for the role";
    public override int Weight => 6;
    public override string Category => ScoreCategories.Skills;

    public override CheckOutcome Run(CheckContext context)
    {
        var areas = context.Guide.Areas;
        if (areas.Count == 0)
        {
            return CheckOutcome.NotApplicable($"The {context.Rules.Title} guide holds for every field and names no skill areas of its own, so this is not judged.");
        }
        var covered = new List<(string Area, string Skills)>();
        var missing = new List<string>();
        foreach (var (area, skills) in areas)
        {
            var shown = skills.Where(context.AllSkills.Contains).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
            if (shown.Count > 0)
            {
                covered.Add((area.Name, string.Join(", ", shown.Take(4))));
            }
            else
            {
                missing.Add(area.Name);
            }
        }

        var target = (int)Math.Ceiling(TargetShare * areas.Count);
        var score = Math.Min(1, (double)covered.Count / target);
        // Found, not "had": a skill written in other words than the taxonomy knows is not found, which is all this can say.
        var shows = $"{covered.Count} of the {areas.Count} skill areas the {context.Rules.Title} guide names are found in the résumé (full marks from {target})";
        var evidence = covered.Select(c => $"{c.Area}: {c.Skills}").ToList();
        if (covered.Count >= target)
        {
            return CheckOutcome.Pass(score, shows + ".", evidence);
        }
        var detail = $"{shows}; not found: {string.Join("; ", missing)}.{context.UnreadNote()}";
        if (evidence.Count == 0)
        {
            evidence.AddRange(context.SkillLines().DefaultIfEmpty(context.SectionsLine()));
        }
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1), detail, evidence,
            $"Add the areas you have really worked in, to the skills list and to a bullet that shows the work: {string.Join("; ", missing.Take(target - covered.Count + 2))}.");
    }
}
