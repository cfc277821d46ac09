using Resume.Model;

namespace Resume.Scoring.Tests;

/// <summary>Short résumés of any field, as the parser hands them over, for rules that are about who the person is.</summary>
internal static class FieldResumes
{
    public static ResumeDocument Of(
        string name, string? label, Work[] work, Education[]? education = null, string[]? skills = null, Certificate[]? certificates = null,
        string? summary = null, SectionInfo[]? sections = null) => new()
    {
        Basics = new Basics
        {
            Name = name,
            Label = label,
            Summary = summary,
            Email = "someone@example.com",
            Phone = "+1 555 0100 200",
            Location = new Location { City = "Springfield" },
        },
        Work = work,
        Education = education ?? [],
        Skills = skills is null ? [] : [new Skill { Name = "Skills", Keywords = skills }],
        Certificates = certificates ?? [],
        Meta = new ResumeMeta { FileType = "pdf", PageCount = 1, WordCount = 320, Sections = sections ?? [] },
    };

    public static Work Job(string position, string company, string start, string? end, params string[] bullets) =>
        new() { Position = position, Name = company, StartDate = start, EndDate = end, Highlights = bullets };

    public static Education Studies(string studyType, string area, string start, string end) =>
        new() { Institution = "State University", StudyType = studyType, Area = area, StartDate = start, EndDate = end };
}
