using Resume.Model;
using Resume.Parsing;

namespace Resume.Rendering.Tests;

/// <summary>The rewrite must read back through our own parser as the same resume, from the PDF and from the DOCX.</summary>
public sealed class RoundTripTests
{
    private readonly OptimizedResumeWriter _writer = new();
    private readonly ResumeParser _parser = new();

    public static TheoryData<string> Formats => ["pdf", "docx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Name_and_contacts_come_back_equal(string format)
    {
        var original = Samples.Resume();

        var back = RoundTrip(original, format).Basics;

        Assert.Equal(original.Basics.Name, back.Name);
        Assert.Equal(original.Basics.Email, back.Email);
        Assert.Equal(Digits(original.Basics.Phone), Digits(back.Phone));
        Assert.Equal(original.Basics.Location!.City, back.Location?.City);
        Assert.Equal(
            Links(original.Basics).Order(StringComparer.Ordinal),
            Links(back).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_job_comes_back_with_its_company_title_dates_and_bullets(string format)
    {
        var original = Samples.Resume();

        var back = RoundTrip(original, format);

        Assert.Equal(original.Work.Count, back.Work.Count);
        foreach (var job in original.Work)
        {
            var read = Assert.Single(back.Work, w => w.Name == job.Name);
            Assert.Equal(job.Position, read.Position);
            Assert.Equal(job.StartDate, read.StartDate);
            Assert.Equal(job.EndDate, read.EndDate);
            Assert.Equal(job.Highlights, read.Highlights);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Education_skills_certificates_and_projects_come_back_equal(string format)
    {
        var original = Samples.Resume();

        var back = RoundTrip(original, format);

        var school = Assert.Single(back.Education);
        Assert.Equal(original.Education[0].Institution, school.Institution);
        Assert.Equal(original.Education[0].StudyType, school.StudyType);
        Assert.Equal(original.Education[0].Area, school.Area);
        Assert.Equal(original.Education[0].StartDate, school.StartDate);
        Assert.Equal(original.Education[0].EndDate, school.EndDate);
        Assert.Equal(
            original.Skills.Select(s => (s.Name, string.Join(", ", s.Keywords))),
            back.Skills.Select(s => (s.Name, string.Join(", ", s.Keywords))));
        Assert.Equal(original.Certificates.Select(c => c.Name), back.Certificates.Select(c => c.Name));
        Assert.Equal(original.Projects.Select(p => p.Name), back.Projects.Select(p => p.Name));
        Assert.Equal(original.Basics.Summary, back.Basics.Summary);
    }

    [Theory]
    [InlineData("pdf", "王小明")]
    [InlineData("docx", "王小明")]
    [InlineData("pdf", "Zoë Ærøskøbing-Núñez")]
    [InlineData("docx", "Zoë Ærøskøbing-Núñez")]
    public void Accented_and_cjk_names_come_back_intact(string format, string name)
    {
        Assert.Equal(name, RoundTrip(Samples.Resume(name), format).Basics.Name);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_rewrite_reads_as_one_clean_column_with_standard_headings(string format)
    {
        var back = RoundTrip(Samples.Resume(), format).Meta;

        Assert.Empty(back.Warnings);
        Assert.DoesNotContain(back.Sections, s => s.Kind == SectionKinds.Other);
        Assert.Equal(
            [SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Projects, SectionKinds.Education, SectionKinds.Certificates, SectionKinds.Languages],
            back.Sections.Where(s => s.Heading.Length > 0).Select(s => s.Kind));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_short_resume_of_short_lines_reads_back_whole_and_as_one_column(string format)
    {
        var resume = new ResumeDocument
        {
            Basics = new Basics { Name = "Li Wei", Email = "li@example.com", Phone = "+1 415 555 0101" },
            Work =
            [
                new Work { Name = "Acme", Position = "Engineer", StartDate = "2021-01", Highlights = ["Built APIs"] },
                new Work { Name = "Beta", Position = "Developer", StartDate = "2019-01", EndDate = "2020-12", Highlights = ["Wrote tests"] },
            ],
            Education = [new Education { Institution = "MIT", StudyType = "BSc", Area = "CS", StartDate = "2015", EndDate = "2019" }],
            Certificates = [new Certificate { Name = "CKA", Date = "2022-01" }, new Certificate { Name = "AWS SAA", Date = "2021-05" }],
        };

        var back = RoundTrip(resume, format);

        Assert.Empty(back.Meta.Warnings);
        Assert.Equal(
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate, string.Join("|", w.Highlights))),
            back.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate, string.Join("|", w.Highlights))));
        Assert.Equal(
            resume.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate)),
            back.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate)));
        Assert.Equal(resume.Certificates.Select(c => (c.Name, c.Date)), back.Certificates.Select(c => (c.Name, c.Date)));
    }

    private ResumeDocument RoundTrip(ResumeDocument resume, string format)
    {
        using var file = new MemoryStream();
        if (format == "pdf")
        {
            _writer.WritePdf(resume, Samples.Guide(), file);
        }
        else
        {
            _writer.WriteDocx(resume, Samples.Guide(), file);
        }
        file.Position = 0;
        var result = _parser.Parse(file);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Resume!;
    }

    private static string Digits(string? text) => new((text ?? "").Where(char.IsAsciiDigit).ToArray());

    private static IEnumerable<string> Links(Basics basics) =>
        new[] { basics.Url }.Concat(basics.Profiles.Select(p => p.Url))
            .Where(u => !string.IsNullOrWhiteSpace(u))
            .Select(u => Text.Links.Display(u).ToLowerInvariant());
}
