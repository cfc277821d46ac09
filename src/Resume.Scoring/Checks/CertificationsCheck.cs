using Resume.Model;
using Resume.Scoring.Guides;

namespace Resume.Scoring.Checks;

/// <summary>
/// Certifications listed, and whether they are ones the guide recommends for the role. One line may name several
/// ("CCRN, BLS, ACLS"), and one the guide recommends may be named outside the list (after the name, in the headline or
/// summary, with a degree, among the skills): then it is there, only not where screening software files credentials.
/// </summary>
internal sealed class CertificationsCheck : ResumeCheck
{
    public override string Id => CheckIds.Certifications;
    public override string Title => "Recognised certifications";
    public override int Weight => 2;
    public override string Category => ScoreCategories.Skills;

    public override CheckOutcome Run(CheckContext context)
    {
        var listed = context.Resume.Certificates.Select(c => c.Name?.Trim()).OfType<string>().Where(n => n.Length > 0).ToList();
        var recommended = context.Guide.Certifications;
        var names = string.Join("; ", recommended.Select(c => c.Certification.Name));
        if (recommended.Count == 0)
        {
            return listed.Count == 0
                ? CheckOutcome.NotApplicable($"The {context.Rules.Title} guide asks for no particular certification, so this is not judged.")
                : CheckOutcome.Pass(1, $"{Wording.Count(listed.Count, "certification")} listed: {string.Join("; ", listed)}.", listed);
        }

        var inList = recommended
            .Select(c => (c.Certification, Line: listed.FirstOrDefault(name => c.Spellings.Any(words => words.IsSubsetOf(CompiledGuide.Words(name))))))
            .Where(m => m.Line is not null)
            .ToList();
        var elsewhere = NamedElsewhere(context).Where(m => inList.All(l => l.Certification != m.Certification)).ToList();
        var elsewhereText = elsewhere.Count == 0
            ? ""
            : $"{Wording.Join(elsewhere.Select(e => e.Certification.Name).ToList())} {(elsewhere.Count == 1 ? "is" : "are")} named elsewhere in the résumé but not in a certifications list";
        var elsewhereEvidence = elsewhere.Select(e => e.Line).Distinct(StringComparer.Ordinal).ToList();

        if (listed.Count == 0)
        {
            if (elsewhere.Count > 0)
            {
                return new CheckOutcome(0.8, CheckStatus.Warn, $"{elsewhereText}.", elsewhereEvidence,
                    $"List {(elsewhere.Count == 1 ? "it" : "them")} in a Certifications section with issuer and year, where screening software looks for credentials.");
            }
            return new CheckOutcome(0.5, CheckStatus.Warn, "No certifications are listed." + context.UnreadNote(),
                [context.SectionsLine()],
                $"If you hold one the {context.Rules.Title} guide recommends, add a Certifications section with its name, issuer and year: {names}.");
        }

        var also = elsewhere.Count > 0 ? $"; {elsewhereText}" : "";
        if (inList.Count > 0)
        {
            return CheckOutcome.Pass(1,
                $"{Wording.Count(listed.Count, "certification")} listed; {inList.Count} recommended by the guide ({string.Join("; ", inList.Select(r => r.Certification.Name))}){also}.",
                inList.Select(r => r.Line!).Distinct(StringComparer.Ordinal).Concat(elsewhereEvidence).ToList());
        }
        // A certification the guide does not name is no fault; the guide's own list is worth knowing.
        return CheckOutcome.Pass(0.9,
            elsewhere.Count > 0
                ? $"{Wording.Count(listed.Count, "certification")} listed ({string.Join("; ", listed)}){also}."
                : $"{Wording.Count(listed.Count, "certification")} listed ({string.Join("; ", listed)}); the guide's own list, worth a look: {names}.",
            listed.Concat(elsewhereEvidence).ToList());
    }

    /// <summary>Recommended certifications named outside the certificates: after the name, in the headline, summary, studies or skills.</summary>
    private static IEnumerable<(GuideCertification Certification, string Line)> NamedElsewhere(CheckContext context)
    {
        var resume = context.Resume;
        var lines = new[] { resume.Basics.Name, resume.Basics.Label, resume.Basics.Summary }
            .Concat(resume.Education.Select(e => string.Join(", ", new[] { e.StudyType, e.Area }.Where(s => !string.IsNullOrWhiteSpace(s)))))
            .Concat(context.SkillLines())
            .OfType<string>()
            .Where(l => !string.IsNullOrWhiteSpace(l));
        var seen = new HashSet<GuideCertification>();
        foreach (var line in lines)
        {
            foreach (var match in context.Guide.CertificationPhrases.Matches(line))
            {
                if (seen.Add(match.Value))
                {
                    yield return (match.Value, Wording.Shorten(line.Trim()));
                }
            }
        }
    }
}
