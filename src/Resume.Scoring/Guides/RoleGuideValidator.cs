using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Scoring.Skills;

namespace Resume.Scoring.Guides;

/// <summary>Checks a guide is complete and consistent before the scorer relies on it; each error names the file and field.</summary>
internal static partial class RoleGuideValidator
{
    /// <summary>The id of the guide that holds for any field.</summary>
    public const string GeneralRole = "general";

    /// <summary>Enough tips for a quarter of weekly issues without a repeat.</summary>
    public const int MinNewsletterTips = 12;

    private static readonly HashSet<string> GuideSections = new(StringComparer.Ordinal)
    {
        SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills, SectionKinds.Projects,
        SectionKinds.Certificates, SectionKinds.Awards, SectionKinds.Publications, SectionKinds.Volunteer,
        SectionKinds.Languages, SectionKinds.Interests, SectionKinds.References,
    };

    /// <summary>The guide's plain lists, which a source backs by naming them in <see cref="GuideSource.Covers"/>.</summary>
    private static readonly string[] CoverableLists =
        ["titles", "degreeAreas", "softSkills", "skillCategories", "sectionOrder", "requiredSections", "actionVerbs", "newsletterTips"];

    /// <summary>Checks whose failing finds only an absence; a mistake needs a finding of its own beside them.</summary>
    private static readonly HashSet<string> AbsenceChecks = new(StringComparer.Ordinal)
    {
        Scoring.CheckIds.RoleEvidence, Scoring.CheckIds.RoleSkills, Scoring.CheckIds.Certifications, Scoring.CheckIds.RoleFit,
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

        void Skills(IReadOnlyList<string>? names, string field)
        {
            for (var i = 0; i < (names?.Count ?? 0); i++)
            {
                if (taxonomy.Find(names![i]) is null)
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

        var cited = new HashSet<string>(StringComparer.Ordinal);
        void Source(string? id, string field)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Fail($"{field}.source", "every fact names the source it comes from.");
            }
            else if (!(guide.Sources ?? []).Any(s => s.Id == id))
            {
                Fail($"{field}.source", $"'{id}' is not the id of an entry in sources.");
            }
            else
            {
                cited.Add(id);
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
        if (guide.Role == RoleGuideCatalog.Auto)
        {
            Fail("role", $"'{RoleGuideCatalog.Auto}' asks for the best fitting guide; no guide may take it as its id.");
        }
        Text(guide.Title, "title");
        Text(guide.Overview, "overview");

        List(guide.Sources, "sources");
        for (var i = 0; i < guide.Sources.Count; i++)
        {
            var source = guide.Sources[i];
            Text(source.Id, $"sources[{i}].id");
            Text(source.Title, $"sources[{i}].title");
            if (source.Url is not null && (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Host.Length == 0))
            {
                Fail($"sources[{i}].url", "must be the public page's absolute http(s) address.");
            }
            if (guide.Sources.Take(i).Any(s => s.Id == source.Id))
            {
                Fail($"sources[{i}].id", $"'{source.Id}' is used twice.");
            }
            for (var c = 0; c < (source.Covers?.Count ?? 0); c++)
            {
                if (!CoverableLists.Contains(source.Covers![c]))
                {
                    Fail($"sources[{i}].covers[{c}]", $"'{source.Covers[c]}' is not one of the guide's lists; known: {string.Join(", ", CoverableLists)}.");
                }
                cited.Add(source.Id);
            }
        }

        if (!guide.Sources.Any(s => s.Url is not null))
        {
            Fail("sources", "at least one source is a public page with its address, so a reader can check the guide.");
        }

        var general = guide.Role == GeneralRole;
        if (general)
        {
            if (guide.Titles is not { Count: 0 } || guide.DegreeAreas is not { Count: 0 } || guide.SkillAreas is not { Count: 0 })
            {
                Fail("titles", "the general guide holds for any field: it names no titles, degree areas or skill areas.");
            }
        }
        else
        {
            List(guide.Titles, "titles", min: 2);
            List(guide.DegreeAreas, "degreeAreas");
            List(guide.SkillAreas, "skillAreas");
        }
        for (var i = 0; i < guide.Titles.Count; i++)
        {
            Text(guide.Titles[i], $"titles[{i}]");
        }
        for (var i = 0; i < guide.DegreeAreas.Count; i++)
        {
            Text(guide.DegreeAreas[i], $"degreeAreas[{i}]");
        }

        for (var i = 0; i < guide.SkillAreas.Count; i++)
        {
            Text(guide.SkillAreas[i].Name, $"skillAreas[{i}].name");
            List(guide.SkillAreas[i].Skills, $"skillAreas[{i}].skills");
            Skills(guide.SkillAreas[i].Skills, $"skillAreas[{i}].skills");
            Source(guide.SkillAreas[i].Source, $"skillAreas[{i}]");
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

        if (guide.Certifications is null)
        {
            Fail("certifications", "must be a list (empty when the field has none to recommend).");
        }
        for (var i = 0; i < guide.Certifications!.Count; i++)
        {
            Text(guide.Certifications[i].Name, $"certifications[{i}].name");
            Source(guide.Certifications[i].Source, $"certifications[{i}]");
        }

        Text(guide.Format?.Name, "format.name");
        Text(guide.Format?.Reason, "format.reason");
        Source(guide.Format?.Source, "format");

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
            if (guide.FormattingTips[i].Checks?.Contains(Scoring.CheckIds.Length) == true)
            {
                // Two length rules in one report contradict each other sooner or later.
                Fail($"formattingTips[{i}].checks", "length advice belongs to pageRules alone, so a report gives one threshold.");
            }
            Source(guide.FormattingTips[i].Source, $"formattingTips[{i}]");
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
            Source(evidence.Source, $"evidence[{i}]");
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
            Skills(mistake.Listed, $"mistakes[{i}].listed");
            Skills(mistake.Shown, $"mistakes[{i}].shown");
            Source(mistake.Source, $"mistakes[{i}]");
            if (mistake.Evidence is { } id && !guide.Evidence.Any(e => e.Id == id))
            {
                Fail($"mistakes[{i}].evidence", $"'{id}' is not the id of an evidence entry.");
            }
            var found = mistake.Listed is { Count: > 0 } || mistake.Shown is { Count: > 0 }
                || mistake.Checks?.Any(c => !AbsenceChecks.Contains(c)) == true;
            if (!found)
            {
                Fail($"mistakes[{i}]", "a mistake is said only on a finding: give \"listed\" or \"shown\" skills, or a check that finds something, beside what is missing.");
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
            Source(summary.Source, "summary");
        }

        List(guide.PageRules, "pageRules");
        if (guide.PageRules.Count > 2)
        {
            Fail("pageRules", "one rule, or two split at one threshold: more would give a report several length thresholds.");
        }
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
            if (i > 0 && rule.FromYears != Math.Floor(rule.FromYears))
            {
                Fail($"pageRules[{i}].fromYears", "the threshold is a whole number of years.");
            }
            if (rule.Pages < 1 || rule.MaxPages < rule.Pages)
            {
                Fail($"pageRules[{i}].maxPages", "needs 1 <= pages <= maxPages.");
            }
            Text(rule.Advice, $"pageRules[{i}].advice");
            if (rule.Advice.Any(char.IsDigit))
            {
                Fail($"pageRules[{i}].advice", "states no figures: the scorer says the years and pages, from the rule's own numbers.");
            }
            Source(rule.Source, $"pageRules[{i}]");
        }

        List(guide.NewsletterTips, "newsletterTips", min: MinNewsletterTips);

        foreach (var list in CoverableLists)
        {
            var count = list switch
            {
                "titles" => guide.Titles.Count,
                "degreeAreas" => guide.DegreeAreas.Count,
                "softSkills" => guide.SoftSkills.Count,
                "skillCategories" => guide.SkillCategories.Count,
                "sectionOrder" => guide.SectionOrder.Count,
                "requiredSections" => guide.RequiredSections.Count,
                "actionVerbs" => guide.ActionVerbs.Count,
                _ => guide.NewsletterTips.Count,
            };
            if (count > 0 && !guide.Sources.Any(s => s.Covers?.Contains(list) == true))
            {
                Fail(list, "no entry of sources covers it; name it in the \"covers\" of the source it comes from.");
            }
        }
        for (var i = 0; i < guide.Sources.Count; i++)
        {
            if (!cited.Contains(guide.Sources[i].Id))
            {
                Fail($"sources[{i}]", $"'{guide.Sources[i].Id}' backs no fact of the guide.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RoleId();
}
