namespace Resume.Scoring;

/// <summary>A role guide or the skills taxonomy is malformed: names the file and the field, and says what is wrong.</summary>
public sealed class ScoringDataException(string file, string field, string problem)
    : Exception($"{file}: {field}: {problem}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
}
