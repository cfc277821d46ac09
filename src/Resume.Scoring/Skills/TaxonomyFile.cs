namespace Resume.Scoring.Skills;

/// <summary>The shape of <c>skills.json</c>: categories of skills, each with spellings and rules.</summary>
internal sealed record TaxonomyFile(IReadOnlyList<TaxonomyFile.Category> Categories)
{
    public sealed record Category(string Name, IReadOnlyList<Skill> Skills);

    /// <param name="Aliases">Other spellings, matched in any case.</param>
    /// <param name="ExactAliases">Other spellings that are also plain words in another case ("Node", "Rails").</param>
    /// <param name="CaseSensitive">The name itself matches only as spelled ("Go", "Swift").</param>
    /// <param name="ListOnly">The name counts only as a whole keyword or next to list punctuation ("R").</param>
    public sealed record Skill(
        string Name,
        IReadOnlyList<string>? Aliases,
        IReadOnlyList<string>? ExactAliases,
        bool CaseSensitive,
        bool ListOnly,
        IReadOnlyList<string>? Implies);
}
