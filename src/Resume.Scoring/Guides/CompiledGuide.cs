using Resume.Scoring.Checks;
using Resume.Scoring.Skills;
using Resume.Scoring.Text;

namespace Resume.Scoring.Guides;

/// <summary>A validated guide with its names resolved against the taxonomy and its matchers built, once, at load.</summary>
internal sealed class CompiledGuide
{
    public CompiledGuide(RoleGuide guide, SkillTaxonomy taxonomy)
    {
        Guide = guide;
        Taxonomy = taxonomy;
        Areas = guide.SkillAreas
            .Select(a => (a, (IReadOnlySet<SkillDefinition>)a.Skills.Select(s => taxonomy.Find(s)!).ToHashSet()))
            .ToList();
        EvidenceSkills = guide.Evidence.ToDictionary(
            e => e.Id,
            e => (IReadOnlySet<SkillDefinition>)e.Skills.Select(s => taxonomy.Find(s)!).ToHashSet(),
            StringComparer.Ordinal);
        EvidenceTerms = PhraseMatcher<EvidenceRequirement>.Build(
            guide.Evidence.SelectMany(e => e.Terms.Select(t => new PhraseMatcher<EvidenceRequirement>.Phrase(t, e))));
        ActionVerbForms = ActionVerbLexicon.FormsOf(guide.ActionVerbs);
        MistakeSkills = guide.Mistakes.Select(m => (
                Listed: (IReadOnlySet<SkillDefinition>)(m.Listed ?? []).Select(s => taxonomy.Find(s)!).ToHashSet(),
                Shown: (IReadOnlySet<SkillDefinition>)(m.Shown ?? []).Select(s => taxonomy.Find(s)!).ToHashSet()))
            .ToList();
        Certifications = guide.Certifications
            .Select(c => (c, (IReadOnlyList<IReadOnlySet<string>>)new[] { c.Name }.Concat(c.Aliases ?? []).Select(Words).ToList()))
            .ToList();
        CertificationPhrases = PhraseMatcher<GuideCertification>.Build(guide.Certifications.SelectMany(c =>
            new[] { ShortName(c.Name) }.Concat(c.Aliases ?? [])
                .Select(spelling => new PhraseMatcher<GuideCertification>.Phrase(spelling, c, CaseSensitive: IsLetters(spelling)))));
    }

    /// <summary>The guide's certifications as phrases, to find one named outside a certifications list ("Jo Bloggs, RN", "PGCE with QTS").</summary>
    public PhraseMatcher<GuideCertification> CertificationPhrases { get; }

    /// <summary>"Qualified Teacher Status (QTS)" → "Qualified Teacher Status".</summary>
    private static string ShortName(string name) => name.Split(" (", 2)[0].Trim();

    /// <summary>Letters such as "RN", "CPA", "CELTA": matched as written, since in lower case some are words.</summary>
    private static bool IsLetters(string spelling) =>
        spelling.Length <= 5 && spelling.All(c => char.IsUpper(c) || !char.IsLetter(c));

    public RoleGuide Guide { get; }
    public SkillTaxonomy Taxonomy { get; }

    /// <summary>Each key skill area with the taxonomy skills that show it.</summary>
    public IReadOnlyList<(SkillArea Area, IReadOnlySet<SkillDefinition> Skills)> Areas { get; }

    public IReadOnlyDictionary<string, IReadOnlySet<SkillDefinition>> EvidenceSkills { get; }

    /// <summary>For each mistake, in order, the taxonomy skills of its <c>listed</c> and <c>shown</c> conditions.</summary>
    public IReadOnlyList<(IReadOnlySet<SkillDefinition> Listed, IReadOnlySet<SkillDefinition> Shown)> MistakeSkills { get; }
    public PhraseMatcher<EvidenceRequirement> EvidenceTerms { get; }

    /// <summary>The guide's verbs in every form a bullet may use, lower-cased ("optimized", "optimize", "optimizes").</summary>
    public IReadOnlySet<string> ActionVerbForms { get; }

    /// <summary>Each certification with the word sets of its name and aliases.</summary>
    public IReadOnlyList<(GuideCertification Certification, IReadOnlyList<IReadOnlySet<string>> Spellings)> Certifications { get; }

    /// <summary>The words of a name, lower-cased, punctuation dropped: "Oracle Certified Professional, Java SE".</summary>
    public static IReadOnlySet<string> Words(string name) =>
        Tokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);

    /// <summary>The mistake whose fix says how to show a piece of evidence.</summary>
    public GuideMistake MistakeFor(EvidenceRequirement evidence) =>
        Guide.Mistakes.First(m => m.Evidence == evidence.Id);
}
