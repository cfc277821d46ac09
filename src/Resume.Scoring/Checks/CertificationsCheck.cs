using Resume.Model;
using Resume.Scoring.Guides;

namespace Resume.Scoring.Checks;

/// <summary>Certifications listed, and whether they are ones the guide recommends for the role.</summary>
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
        if (listed.Count == 0)
        {
            return new CheckOutcome(0.5, CheckStatus.Warn, "No certifications are listed.",
                [context.SectionsLine()],
                $"If you hold one the {context.Rules.Title} guide recommends, add a Certifications section with its name, issuer and year: {names}.");
        }

        var recognised = listed
            .Select(name => (Name: name, Words: CompiledGuide.Words(name)))
            .Select(listed => (listed.Name, Match: recommended.FirstOrDefault(c => c.Spellings.Any(words => words.IsSubsetOf(listed.Words)))))
            .Where(m => m.Match.Certification is not null)
            .ToList();
        if (recognised.Count > 0)
        {
            return CheckOutcome.Pass(1,
                $"{Wording.Count(listed.Count, "certification")} listed; {recognised.Count} recommended by the guide ({string.Join("; ", recognised.Select(r => r.Match.Certification.Name))}).",
                recognised.Select(r => r.Name).ToList());
        }
        // A certification the guide does not name is no fault; the guide's own list is worth knowing.
        return CheckOutcome.Pass(0.9,
            $"{Wording.Count(listed.Count, "certification")} listed ({string.Join("; ", listed)}); the guide's own list, worth a look: {names}.",
            listed);
    }

}
