using Resume.Scoring.Skills;

namespace Resume.Scoring.Matching;

/// <summary>A skill or keyword of a job posting, how much it matters there, and the lines that name it.</summary>
/// <param name="Key">Identity: the skill's name, or the keyword lower-cased.</param>
/// <param name="Skill">The taxonomy skill; null for a keyword.</param>
/// <param name="Order">Position of its first mention, to break ties stably.</param>
internal sealed record PostingTerm(string Key, string Name, SkillDefinition? Skill, TermImportance Importance, int Count, int Order, IReadOnlyList<string> Lines)
{
    /// <summary>Weight in the match rate: importance, plus a quarter for each repeat (up to four).</summary>
    public double Weight => (int)Importance * (1 + 0.25 * Math.Min(Count - 1, 4));

    /// <summary>Worth adding first: required, or named again and again.</summary>
    public bool IsImportant => Importance == TermImportance.Required || (Importance == TermImportance.Mentioned && Count >= 2) || Count >= 3;
}
