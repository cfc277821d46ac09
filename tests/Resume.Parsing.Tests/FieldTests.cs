using Resume.Parsing.Fields;
using Resume.Parsing.Structure;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

public sealed class FieldTests
{
    [Theory]
    [InlineData("Jan 2020 - Present", "2020-01", null, true)]
    [InlineData("January 2020 – March 2022", "2020-01", "2022-03", false)]
    [InlineData("01/2020 to 12/2021", "2020-01", "2021-12", false)]
    [InlineData("2020-01 — 2021-06", "2020-01", "2021-06", false)]
    [InlineData("2020.01 - 2020.09", "2020-01", "2020-09", false)]
    [InlineData("Jan. 2020 until Current", "2020-01", null, true)]
    [InlineData("Sept 2019 - Now", "2019-09", null, true)]
    [InlineData("2019 – 2021", "2019", "2021", false)]
    [InlineData("2018–2022", "2018", "2022", false)]
    [InlineData("Jul, 2023 - Present", "2023-07", null, true)]
    [InlineData("2017-09-01 — 2021-06-01", "2017-09", "2021-06", false)]
    [InlineData("since 2022", "2022", null, true)]
    [InlineData("Issued on: Nov 01, 2022", "2022-11", null, false)]
    public void Date_ranges(string text, string start, string? end, bool current)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, current), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Reduced costs by 35% in 2 quarters")]
    [InlineData("Served 2000+ users")]
    public void Numbers_that_are_not_dates_are_left_alone(string text) => Assert.Null(DateParser.Find(text));

    [Fact]
    public void Skills_split_on_list_marks_but_keep_names_with_dots_slashes_and_pluses()
    {
        Assert.Equal(["C#", "C++", "Node.js", "ASP.NET Core", "CI/CD", "Python (Django, Flask)"],
            KeywordSplitter.Split("C#, C++; Node.js | ASP.NET Core • CI/CD, Python (Django, Flask)."));
    }

    [Theory]
    [InlineData("Work History", "work")]
    [InlineData("PROFESSIONAL EXPERIENCE", "work")]
    [InlineData("Career History:", "work")]
    [InlineData("Professional Career", "work")]
    [InlineData("Career Path", "work")]
    [InlineData("Academic Career", "education")]
    [InlineData("E X P E R I E N C E", "work")]
    [InlineData("Academic Background", "education")]
    [InlineData("Core Competencies", "skills")]
    [InlineData("About Me", "summary")]
    [InlineData("Selected Projects", "projects")]
    [InlineData("Licenses & Certifications", "certificates")]
    [InlineData("Honors & Awards", "awards")]
    [InlineData("Volunteer Experience", "volunteer")]
    [InlineData("Hobbies", "interests")]
    [InlineData("References", "references")]
    public void Heading_spellings(string heading, string kind) =>
        Assert.Equal(kind, HeadingLexicon.Match(SectionSplitter.HeadingText(heading))?.Kind);

    [Theory]
    [InlineData("+33 (0)6 12 34 56 03")]
    [InlineData("(312) 555-0146")]
    [InlineData("0161 496 0679")]
    [InlineData("+1 415.555.0142")]
    public void International_phone_numbers(string phone) =>
        Assert.Equal(phone, Read($"Jane Roe\n{phone} · jane@example.com\n\nSKILLS\nGo").Basics.Phone);

    [Fact]
    public void Profiles_with_and_without_scheme_or_written_as_handles()
    {
        var resume = Read("Jane Roe\njane@example.com · https://www.linkedin.com/in/jane-roe · gitlab.com/jroe\njroe42 (GitHub) · Twitter: @janeroe · janeroe.dev\n\nSKILLS\nGo");
        Assert.Equal(
            ["https://www.linkedin.com/in/jane-roe", "https://gitlab.com/jroe", "https://github.com/jroe42", "https://twitter.com/janeroe"],
            resume.Basics.Profiles.Select(p => p.Url));
        Assert.Equal("https://janeroe.dev", resume.Basics.Url);
    }

    [Theory]
    [InlineData("BSc (Hons), Computer Science", "BSc (Hons)", "Computer Science")]
    [InlineData("Master of Science in Data Engineering", "Master of Science", "Data Engineering")]
    [InlineData("B.S. Electrical Engineering", "B.S.", "Electrical Engineering")]
    public void Degrees_and_fields(string text, string type, string area)
    {
        var resume = Read($"Jane Roe\njane@example.com\n\nEDUCATION\nState University     2014 - 2018\n{text}\n");
        var education = Assert.Single(resume.Education);
        Assert.Equal(("State University", type, area), (education.Institution, education.StudyType, education.Area));
    }
}
