using Resume.Model;
namespace Resume.Scoring.Checks;

/// <summary>A skills list grouped under category headings (Languages, Frameworks, Databases…) rather than one long line.</summary>
internal sealed class SkillsGroupedCheck : ResumeCheck
{
    private static readonly HashSet<string> GenericNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "skills", "technical skills", "key skills", "core skills", "skills summary", "technologies", "technical", "competencies",
        "core competencies", "tools", "tools and technologies", "tools & technologies", "tech stack", "stack", "expertise",
    };

    public override string Id => CheckIds.SkillsGrouped;
    public override string Title => "Skills grouped by category";
    public override int Weight => 4;
    public override string Category => ScoreCategories.Skills;

    public override CheckOutcome Run(CheckContext context)
    {
        var groups = context.Resume.Skills.Where(g => g.Keywords.Count > 0 || !string.IsNullOrWhiteSpace(g.Name)).ToList();
        var keywords = groups.SelectMany(g => g.Keywords.Count > 0 ? g.Keywords : [g.Name!]).ToList();
        if (keywords.Count == 0)
        {
            return new CheckOutcome(0, CheckStatus.Fail, "There is no skills list, so an ATS has no keywords to match." + context.UnreadNote(),
                [context.SectionsLine()],
                $"Add a Skills section grouped as {string.Join(", ", context.Rules.SkillCategories)}, e.g. {Suggest(context, context.AllSkills.Select(s => s.Name).Order(StringComparer.Ordinal).ToList())}.");
        }

        var named = groups.Where(g => g.Keywords.Count > 0 && !string.IsNullOrWhiteSpace(g.Name) && !GenericNames.Contains(g.Name.Trim())).ToList();
        if (named.Count >= 2)
        {
            return CheckOutcome.Pass(1, $"{keywords.Count} skills in {named.Count} named groups ({string.Join(", ", named.Select(g => g.Name!.Trim()))}).", context.SkillLines());
        }

        var headings = groups.Where(g => g.Keywords.Count > 0 && !string.IsNullOrWhiteSpace(g.Name)).Select(g => $"'{g.Name!.Trim()}'").ToList();
        var listed = groups.Count(g => g.Keywords.Count > 0);
        var shape = listed <= 1 && named.Count == 0
            ? headings.Count == 1 ? $"{keywords.Count} skills in one list under the heading {headings[0]}, which names no category" : $"{keywords.Count} skills in one list with no category heading"
            : named.Count == 1
                ? $"{keywords.Count} skills in {Wording.Count(Math.Max(listed, 1), "group")}, and only '{named[0].Name!.Trim()}' names a category"
                : $"{keywords.Count} skills in {Wording.Count(listed, "group")} whose headings ({string.Join(", ", headings)}) name no category";
        var score = keywords.Count <= 6 ? 0.7 : 0.4;
        return new CheckOutcome(score, CheckStatus.Warn,
            $"{shape}: a reader has to hunt for the skills they need.",
            context.SkillLines(),
            $"Group them under {string.Join(", ", context.Rules.SkillCategories)}, e.g. {Suggest(context, keywords)}.");
    }

    /// <summary>The résumé's own skills sorted into the guide's categories, as lines to copy.</summary>
    private static string Suggest(CheckContext context, IReadOnlyList<string> keywords)
    {
        var taxonomy = context.Guide.Taxonomy;
        var order = context.Rules.SkillCategories;
        var grouped = keywords
            .Select(k => (Keyword: k, Category: taxonomy.InKeyword(k).FirstOrDefault()?.Category ?? "Other"))
            .GroupBy(k => k.Category)
            .OrderBy(g => order.Contains(g.Key) ? order.ToList().IndexOf(g.Key) : g.Key == "Other" ? int.MaxValue : order.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"'{g.Key}: {string.Join(", ", g.Select(k => k.Keyword).Distinct(StringComparer.OrdinalIgnoreCase).Take(6))}'")
            .ToList();
        return grouped.Count > 0 ? string.Join(" / ", grouped) : $"'{order[0]}: …' / '{order[1]}: …'";
    }
}
