namespace Resume.Scoring.Text;

/// <summary>One phrase found in a text: its value and where it stands (character offsets, end exclusive).</summary>
internal readonly record struct PhraseMatch<T>(T Value, int Start, int End);
