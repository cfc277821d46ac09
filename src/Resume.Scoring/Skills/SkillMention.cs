namespace Resume.Scoring.Skills;

/// <summary>A skill found in a line of text, with where it stands (character offsets, end exclusive).</summary>
public readonly record struct SkillMention(SkillDefinition Skill, int Start, int End);
