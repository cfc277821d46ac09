namespace Resume.Model;

/// <summary>
/// A parsed resume: JSON Resume v1 (https://jsonresume.org/schema) plus a <see cref="Meta"/> object of our own.
/// Dates are strings in <c>YYYY-MM</c> or <c>YYYY</c>; a current position has no end date.
/// </summary>
public sealed record ResumeDocument
{
    public Basics Basics { get; init; } = new();
    public IReadOnlyList<Work> Work { get; init; } = [];
    public IReadOnlyList<Volunteer> Volunteer { get; init; } = [];
    public IReadOnlyList<Education> Education { get; init; } = [];
    public IReadOnlyList<Award> Awards { get; init; } = [];
    public IReadOnlyList<Certificate> Certificates { get; init; } = [];
    public IReadOnlyList<Publication> Publications { get; init; } = [];
    public IReadOnlyList<Skill> Skills { get; init; } = [];
    public IReadOnlyList<Language> Languages { get; init; } = [];
    public IReadOnlyList<Interest> Interests { get; init; } = [];
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public ResumeMeta Meta { get; init; } = new();
}

public sealed record Basics
{
    public string? Name { get; init; }
    public string? Label { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }
    public Location? Location { get; init; }
    public IReadOnlyList<Profile> Profiles { get; init; } = [];
}

public sealed record Location
{
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
    public string? Region { get; init; }
}

public sealed record Profile
{
    public string? Network { get; init; }
    public string? Username { get; init; }
    public string? Url { get; init; }
}

public sealed record Work
{
    public string? Name { get; init; }
    public string? Position { get; init; }
    public string? Location { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
}

public sealed record Volunteer
{
    public string? Organization { get; init; }
    public string? Position { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
}

public sealed record Education
{
    public string? Institution { get; init; }
    public string? Url { get; init; }
    public string? Area { get; init; }
    public string? StudyType { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Score { get; init; }
    public IReadOnlyList<string> Courses { get; init; } = [];
}

public sealed record Award
{
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Awarder { get; init; }
    public string? Summary { get; init; }
}

public sealed record Certificate
{
    public string? Name { get; init; }
    public string? Date { get; init; }
    public string? Issuer { get; init; }
    public string? Url { get; init; }
}

public sealed record Publication
{
    public string? Name { get; init; }
    public string? Publisher { get; init; }
    public string? ReleaseDate { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }
}

/// <summary>A skill group as the resume groups it ("Languages: C#, Go" is name "Languages", keywords C# and Go).</summary>
public sealed record Skill
{
    public string? Name { get; init; }
    public string? Level { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

public sealed record Language
{
    [System.Text.Json.Serialization.JsonPropertyName("language")]
    public string? Name { get; init; }
    public string? Fluency { get; init; }
}

public sealed record Interest
{
    public string? Name { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

public sealed record Reference
{
    public string? Name { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("reference")]
    public string? Text { get; init; }
}

public sealed record Project
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
