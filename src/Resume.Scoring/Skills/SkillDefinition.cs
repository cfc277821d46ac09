namespace Resume.Scoring.Skills;

/// <summary>One skill of the taxonomy: its canonical name, the category résumés group it under, and its other spellings.</summary>
public sealed class SkillDefinition
{
    private readonly List<SkillDefinition> _implies = [];

    internal SkillDefinition(string name, string category, IReadOnlyList<string> aliases)
    {
        Name = name;
        Category = category;
        Aliases = aliases;
    }

    public string Name { get; }

    /// <summary>Languages, Frameworks, Databases, Infrastructure, Tools or Practices.</summary>
    public string Category { get; }

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Broader skills it shows ("AWS Lambda" shows AWS; "Jenkins" shows CI/CD).</summary>
    public IReadOnlyList<SkillDefinition> Implies => _implies;

    internal void AddImplied(SkillDefinition skill) => _implies.Add(skill);

    public override string ToString() => Name;
}
