using Resume.Scoring.Text;

namespace Resume.Scoring.Skills;

/// <summary>
/// Every skill the scorer recognises, with its spellings ("Postgres" is PostgreSQL, "k8s" is Kubernetes), and the
/// one matcher that finds them in résumés and job postings alike.
/// </summary>
public sealed class SkillTaxonomy
{
    public const string FileName = "skills.json";

    private static readonly Lazy<SkillTaxonomy> BuiltInTaxonomy =
        new(() => Load(DataFiles.EmbeddedFile("Skills", FileName), FileName));

    private readonly PhraseMatcher<SkillDefinition> _matcher;
    private readonly Dictionary<string, SkillDefinition> _bySpelling;

    private SkillTaxonomy(IReadOnlyList<SkillDefinition> skills, PhraseMatcher<SkillDefinition> matcher, Dictionary<string, SkillDefinition> bySpelling)
    {
        Skills = skills;
        _matcher = matcher;
        _bySpelling = bySpelling;
    }

    public static SkillTaxonomy BuiltIn => BuiltInTaxonomy.Value;

    public IReadOnlyList<SkillDefinition> Skills { get; }

    /// <summary>The skill a whole name or spelling stands for, in any case ("postgres" → PostgreSQL), or null.</summary>
    public SkillDefinition? Find(string name) => _bySpelling.GetValueOrDefault(Key(name));

    /// <summary>Skills named in a line of text, left to right, longest spelling first ("ASP.NET Core" over "ASP.NET").</summary>
    public IReadOnlyList<SkillMention> FindIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var matches = _matcher.Matches(text);
        var mentions = new SkillMention[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            mentions[i] = new SkillMention(matches[i].Value, matches[i].Start, matches[i].End);
        }
        return mentions;
    }

    /// <summary>
    /// Skills of one keyword of a skills list: the keyword itself when it is a skill's name ("Go", "R" are skills
    /// there even though they are short words), else the skills named inside it ("Python (Django, Flask)").
    /// </summary>
    public IReadOnlyList<SkillDefinition> InKeyword(string keyword) =>
        Find(keyword) is { } skill ? [skill] : FindIn(keyword).Select(m => m.Skill).ToList();

    /// <summary>The skills with everything they imply: Amazon EKS adds AWS and Kubernetes.</summary>
    public static IReadOnlySet<SkillDefinition> WithImplied(IEnumerable<SkillDefinition> skills)
    {
        var all = new HashSet<SkillDefinition>();
        var pending = new Stack<SkillDefinition>(skills);
        while (pending.TryPop(out var skill))
        {
            if (all.Add(skill))
            {
                foreach (var implied in skill.Implies)
                {
                    pending.Push(implied);
                }
            }
        }
        return all;
    }

    public static SkillTaxonomy Load(Stream json, string fileName)
    {
        var file = DataFiles.Read<TaxonomyFile>(json, fileName);
        if (file.Categories is not { Count: > 0 })
        {
            throw new ScoringDataException(fileName, "categories", "at least one category is needed.");
        }

        var bySpelling = new Dictionary<string, SkillDefinition>(StringComparer.Ordinal);
        var phrases = new List<PhraseMatcher<SkillDefinition>.Phrase>();
        var implications = new List<(string Field, SkillDefinition Skill, IReadOnlyList<string> Names)>();
        var skills = new List<SkillDefinition>();

        for (var c = 0; c < file.Categories.Count; c++)
        {
            var category = file.Categories[c];
            var categoryField = $"categories[{c}]";
            if (string.IsNullOrWhiteSpace(category.Name))
            {
                throw new ScoringDataException(fileName, $"{categoryField}.name", "a category needs a name.");
            }
            if (category.Skills is not { Count: > 0 })
            {
                throw new ScoringDataException(fileName, $"{categoryField}.skills", $"the category '{category.Name}' has no skills.");
            }

            for (var s = 0; s < category.Skills.Count; s++)
            {
                var entry = category.Skills[s];
                var field = $"{categoryField}.skills[{s}]";
                if (string.IsNullOrWhiteSpace(entry.Name))
                {
                    throw new ScoringDataException(fileName, $"{field}.name", "a skill needs a name.");
                }
                var aliases = entry.Aliases ?? [];
                var exactAliases = entry.ExactAliases ?? [];
                var skill = new SkillDefinition(entry.Name, category.Name, [.. aliases, .. exactAliases]);
                skills.Add(skill);

                AddSpelling(skill, entry.Name, entry.CaseSensitive, entry.ListOnly, $"{field}.name");
                for (var a = 0; a < aliases.Count; a++)
                {
                    AddSpelling(skill, aliases[a], caseSensitive: false, listOnly: false, $"{field}.aliases[{a}]");
                }
                for (var a = 0; a < exactAliases.Count; a++)
                {
                    AddSpelling(skill, exactAliases[a], caseSensitive: true, listOnly: false, $"{field}.exactAliases[{a}]");
                }
                if (entry.Implies is { Count: > 0 } implies)
                {
                    implications.Add(($"{field}.implies", skill, implies));
                }
            }
        }

        foreach (var (field, skill, names) in implications)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (!bySpelling.TryGetValue(Key(names[i]), out var implied) || implied == skill)
                {
                    throw new ScoringDataException(fileName, $"{field}[{i}]", $"'{names[i]}' is not another skill of the taxonomy.");
                }
                skill.AddImplied(implied);
            }
        }

        return new SkillTaxonomy(skills, PhraseMatcher<SkillDefinition>.Build(phrases), bySpelling);

        void AddSpelling(SkillDefinition skill, string spelling, bool caseSensitive, bool listOnly, string field)
        {
            var key = Key(spelling);
            if (key.Length == 0)
            {
                throw new ScoringDataException(fileName, field, "a spelling needs at least one word.");
            }
            if (bySpelling.TryGetValue(key, out var owner) && owner != skill)
            {
                throw new ScoringDataException(fileName, field, $"'{spelling}' already names the skill '{owner.Name}'.");
            }
            bySpelling[key] = skill;
            phrases.Add(new PhraseMatcher<SkillDefinition>.Phrase(spelling, skill, caseSensitive, listOnly));
        }
    }

    /// <summary>Lower-cased words of a spelling, the way the matcher sees it: "Node JS" and "node  js" are one key.</summary>
    internal static string Key(string spelling) =>
        string.Join(' ', Tokenizer.Tokenize(spelling).Select(t => t.Lower));
}
