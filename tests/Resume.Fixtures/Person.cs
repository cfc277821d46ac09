namespace Resume.Fixtures;

/// <summary>A made-up person's resume content, independent of how it is laid out.</summary>
public sealed record Person
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string City { get; init; }
    public required string Region { get; init; }
    public string? Website { get; init; }
    public string? GitHub { get; init; }
    public string? LinkedIn { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<Job> Jobs { get; init; } = [];
    public IReadOnlyList<School> Schools { get; init; } = [];
    public IReadOnlyList<SkillGroup> Skills { get; init; } = [];
    public IReadOnlyList<Credential> Certificates { get; init; } = [];
    public IReadOnlyList<(string Language, string Fluency)> Languages { get; init; } = [];
}

/// <param name="End">Null for the current job.</param>
public sealed record Job(string Company, string Position, DateOnly Start, DateOnly? End, string? Location, IReadOnlyList<string> Highlights);

public sealed record School(string Institution, string Degree, string Area, DateOnly Start, DateOnly End, string? Grade = null);

public sealed record SkillGroup(string Name, IReadOnlyList<string> Keywords);

public sealed record Credential(string Name, string Issuer, DateOnly Date);
