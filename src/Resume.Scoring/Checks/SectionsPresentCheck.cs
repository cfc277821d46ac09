using Resume.Model;

namespace Resume.Scoring.Checks;

/// <summary>The sections the role guide counts on (summary, skills, experience, education for a backend developer).</summary>
internal sealed class SectionsPresentCheck : ResumeCheck
{
    public override string Id => CheckIds.SectionsPresent;
    public override string Title => "The sections the guide expects";
    public override int Weight => 6;
    public override string Category => ScoreCategories.Structure;

    public override CheckOutcome Run(CheckContext context)
    {
        var required = context.Rules.RequiredSections;
        var missing = required.Where(k => !context.PresentSections.Contains(k)).ToList();
        var score = 1 - (double)missing.Count / required.Count;
        var names = missing.Select(context.HeadingOf).ToList();
        if (missing.Count == 0)
        {
            return CheckOutcome.Pass(1, $"All {required.Count} sections the {context.Rules.Title} guide expects are there.", [context.SectionsLine()]);
        }
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1),
            $"{required.Count - missing.Count} of the {required.Count} sections the guide expects are there; missing: {Wording.Join(names)}.{context.UnreadNote()}",
            [context.SectionsLine()],
            string.Join(" ", missing.Select(k => FixFor(k, context))));
    }

    /// <summary>", e.g. 'Clinical: Patient assessment, Medication administration'": a line in the guide's first category, from its own skill areas.</summary>
    private static string SkillsExample(CheckContext context)
    {
        var category = context.Rules.SkillCategories[0];
        var skills = context.Guide.Areas.Select(a => a.Area.Skills.FirstOrDefault(s => context.Guide.Taxonomy.Find(s)?.Category == category))
            .OfType<string>().Distinct(StringComparer.Ordinal).Take(3).ToList();
        return skills.Count == 0 ? "" : $", e.g. '{category}: {string.Join(", ", skills)}'";
    }

    private static string FixFor(string kind, CheckContext context) =>
        kind switch
        {
            SectionKinds.Summary => $"Add a Summary of two or three sentences under your name: {context.Rules.Summary.Advice} For example: '{context.Rules.Summary.Example}'",
            SectionKinds.Skills => $"Add a Skills section grouped by {string.Join(", ", context.Rules.SkillCategories)}{SkillsExample(context)}.",
            SectionKinds.Work => "Add an Experience section: for each job, the title, employer, dates (month and year) and three to six bullets with results.",
            SectionKinds.Education => "Add an Education section: degree, institution and graduation year, e.g. 'BSc Computer Science, University of Leeds, 2019'.",
            SectionKinds.Projects => "Add a Projects section with one or two things you built, the stack and a result or link.",
            SectionKinds.Certificates => "Add a Certifications section listing the name, issuer and year of each.",
            _ => $"Add a {context.HeadingOf(kind)} section.",
        };
}
