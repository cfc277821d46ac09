using System.Text.Json.Serialization;

namespace Parse.Holdout;

// The subset of JSON Resume v1 the generator fills in; serialised with camelCase and no nulls.

public sealed record Resume
{
    public required Basics Basics { get; init; }
    public List<Work>? Work { get; set; }
    public List<Education>? Education { get; set; }
    public List<Skill>? Skills { get; set; }
    public List<Project>? Projects { get; set; }
    public List<Certificate>? Certificates { get; set; }
    public List<Language>? Languages { get; set; }
    public List<Award>? Awards { get; set; }
    public List<Volunteer>? Volunteer { get; set; }
    public List<Publication>? Publications { get; set; }
    public List<Interest>? Interests { get; set; }
    public List<Reference>? References { get; set; }
}

public sealed record Basics
{
    public required string Name { get; init; }
    public string? Label { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }
    public Location? Location { get; init; }
    public List<Profile>? Profiles { get; init; }
}

public sealed record Location(string City, string CountryCode, string? Region);

public sealed record Profile(string Network, string Username, string Url);

public sealed record Work
{
    public required string Name { get; init; }
    public required string Position { get; init; }
    public string? Location { get; init; }
    public string? Url { get; init; }
    public required string StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
    public List<string> Highlights { get; init; } = [];
}

public sealed record Education
{
    public required string Institution { get; init; }
    public required string Area { get; init; }
    public required string StudyType { get; init; }
    public required string StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Score { get; init; }
    public List<string>? Courses { get; init; }
}

public sealed record Skill(string Name, List<string> Keywords);

public sealed record Project
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public List<string>? Keywords { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Url { get; init; }
    public List<string>? Highlights { get; init; }
}

public sealed record Certificate(string Name, string Issuer, string Date);

public sealed record Language([property: JsonPropertyName("language")] string Name, string Fluency);

public sealed record Award(string Title, string Date, string Awarder);

public sealed record Volunteer
{
    public required string Organization { get; init; }
    public required string Position { get; init; }
    public required string StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Summary { get; init; }
}

public sealed record Publication(string Name, string Publisher, string ReleaseDate);

public sealed record Interest(string Name, List<string>? Keywords);

public sealed record Reference(string Name, [property: JsonPropertyName("reference")] string Text);
