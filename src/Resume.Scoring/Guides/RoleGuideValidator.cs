using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Scoring.Skills;

namespace Resume.Scoring.Guides;

/// <summary>Checks a guide is complete and consistent before the scorer relies on it; each error names the file and field.</summary>
internal static partial class RoleGuideValidator
{
    private static readonly HashSet<string> GuideSections = new(StringComparer.Ordinal)
    {
        SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills, SectionKinds.Projects,
        SectionKinds.Certificates, SectionKinds.Awards, SectionKinds.Publications, SectionKinds.Volunteer,
        SectionKinds.Languages, SectionKinds.Interests, SectionKinds.References,
    };

    public static void Validate(RoleGuide guide, string fileName, SkillTaxonomy taxonomy)
    {
        void Fail(string field, string problem) => throw new ScoringDataException(fileName, field, problem);

        void Text(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(field, "must not be empty.");
            }
        }

        void List<T>(IReadOnlyList<T>? list, string field, int min = 1)
        {
            if (list is null || list.Count < min)
            {
                Fail(field, min == 1 ? "needs at least one entry." : $"needs at least {min} entries.");
            }
        }

        void Skills(IReadOnlyList<string> names, string field)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (taxonomy.Find(names[i]) is null)
                {
                    Fail($"{field}[{i}]", $"'{names[i]}' is not a skill of the taxonomy ({SkillTaxonomy.FileName}).");
                }
            }
        }

        void CheckIds(IReadOnlyList<string>? ids, string field)
        {
            for (var i = 0; i < (ids?.Count ?? 0); i++)
            {
                if (!Scoring.CheckIds.All.Contains(ids![i]))
                {
                    Fail($"{field}[{i}]", $"'{ids[i]}' is not a check id; known: {string.Join(", ", Scoring.CheckIds.All.Order(StringComparer.Ordinal))}.");
                }
            }
        }

        var expectedRole = Path.GetFileNameWithoutExtension(fileName);
        Text(guide.Role, "role");
        if (!RoleId().IsMatch(guide.Role))
        {
            Fail("role", $"'{guide.Role}' must be lower-case words joined by hyphens.");
        }
        if (guide.Role != expectedRole)
        {
            Fail("role", $"'{guide.Role}' must match the file name '{expectedRole}'.");
        }
        Text(guide.Title, "title");
        Text(guide.Overview, "overview");

        List(guide.SkillAreas, "skillAreas");
        for (var i = 0; i < guide.SkillAreas.Count; i++)
        {
            Text(guide.SkillAreas[i].Name, $"skillAreas[{i}].name");
            List(guide.SkillAreas[i].Skills, $"skillAreas[{i}].skills");
            Skills(guide.SkillAreas[i].Skills, $"skillAreas[{i}].skills");
        }
        List(guide.SoftSkills, "softSkills");

        List(guide.SkillCategories, "skillCategories", min: 2);
        var categories = taxonomy.Skills.Select(s => s.Category).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < guide.SkillCategories.Count; i++)
        {
            if (!categories.Contains(guide.SkillCategories[i]))
            {
                Fail($"skillCategories[{i}]", $"'{guide.SkillCategories[i]}' is not a taxonomy category; known: {string.Join(", ", categories.Order(StringComparer.Ordinal))}.");
            }
        }

        List(guide.Certifications, "certifications");
        for (var i = 0; i < guide.Certifications.Count; i++)
        {
            Text(guide.Certifications[i].Name, $"certifications[{i}].name");
        }

        Text(guide.Format?.Name, "format.name");
        Text(guide.Format?.Reason, "format.reason");

        List(guide.SectionOrder, "sectionOrder", min: 3);
        for (var i = 0; i < guide.SectionOrder.Count; i++)
        {
            if (!GuideSections.Contains(guide.SectionOrder[i]))
            {
                Fail($"sectionOrder[{i}]", $"'{guide.SectionOrder[i]}' is not a section kind; known: {string.Join(", ", GuideSections.Order(StringComparer.Ordinal))}.");
            }
            if (guide.SectionOrder.Take(i).Contains(guide.SectionOrder[i]))
            {
                Fail($"sectionOrder[{i}]", $"'{guide.SectionOrder[i]}' is listed twice.");
            }
        }
        List(guide.RequiredSections, "requiredSections");
        for (var i = 0; i < guide.RequiredSections.Count; i++)
        {
            if (!guide.SectionOrder.Contains(guide.RequiredSections[i]))
            {
                Fail($"requiredSections[{i}]", $"'{guide.RequiredSections[i]}' must also appear in sectionOrder.");
            }
        }

        List(guide.FormattingTips, "formattingTips");
        for (var i = 0; i < guide.FormattingTips.Count; i++)
        {
            Text(guide.FormattingTips[i].Text, $"formattingTips[{i}].text");
            CheckIds(guide.FormattingTips[i].Checks, $"formattingTips[{i}].checks");
        }

        List(guide.ActionVerbs, "actionVerbs", min: 10);
        for (var i = 0; i < guide.ActionVerbs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(guide.ActionVerbs[i]) || guide.ActionVerbs[i].Any(char.IsWhiteSpace))
            {
                Fail($"actionVerbs[{i}]", "must be one word.");
            }
        }

        List(guide.Evidence, "evidence");
        for (var i = 0; i < guide.Evidence.Count; i++)
        {
            var evidence = guide.Evidence[i];
            Text(evidence.Id, $"evidence[{i}].id");
            Text(evidence.Title, $"evidence[{i}].title");
            Skills(evidence.Skills ?? [], $"evidence[{i}].skills");
            List(evidence.Terms, $"evidence[{i}].terms");
            if (guide.Evidence.Take(i).Any(e => e.Id == evidence.Id))
            {
                Fail($"evidence[{i}].id", $"'{evidence.Id}' is used twice.");
            }
            if (!guide.Mistakes.Any(m => m.Evidence == evidence.Id))
            {
                Fail($"evidence[{i}].id", $"no mistake has \"evidence\": \"{evidence.Id}\", so there is no fix to give when it is missing.");
            }
        }

        List(guide.Mistakes, "mistakes");
        for (var i = 0; i < guide.Mistakes.Count; i++)
        {
            var mistake = guide.Mistakes[i];
            Text(mistake.Mistake, $"mistakes[{i}].mistake");
            Text(mistake.Fix, $"mistakes[{i}].fix");
            CheckIds(mistake.Checks, $"mistakes[{i}].checks");
            if (mistake.Evidence is { } id && !guide.Evidence.Any(e => e.Id == id))
            {
                Fail($"mistakes[{i}].evidence", $"'{id}' is not the id of an evidence entry.");
            }
        }

        var summary = guide.Summary;
        if (summary is null)
        {
            Fail("summary", "must not be empty.");
        }
        else
        {
            if (summary.MinWords < 1 || summary.MaxWords <= summary.MinWords)
            {
                Fail("summary.maxWords", "needs 0 < minWords < maxWords.");
            }
            Text(summary.Advice, "summary.advice");
            Text(summary.Example, "summary.example");
        }

        List(guide.PageRules, "pageRules");
        for (var i = 0; i < guide.PageRules.Count; i++)
        {
            var rule = guide.PageRules[i];
            if (i == 0 && rule.FromYears != 0)
            {
                Fail("pageRules[0].fromYears", "the first rule must start at 0 years.");
            }
            if (i > 0 && rule.FromYears <= guide.PageRules[i - 1].FromYears)
            {
                Fail($"pageRules[{i}].fromYears", "rules must be in increasing order of years.");
            }
            if (rule.Pages < 1 || rule.MaxPages < rule.Pages)
            {
                Fail($"pageRules[{i}].maxPages", "needs 1 <= pages <= maxPages.");
            }
            Text(rule.Advice, $"pageRules[{i}].advice");
        }

        List(guide.NewsletterTips, "newsletterTips", min: 4);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RoleId();
}
