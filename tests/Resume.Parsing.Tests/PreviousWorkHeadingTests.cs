using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings that split a kind of section by time, "Current Projects" and "Past Projects" over "Previous Work
/// History", each a section of its kind even where it is set only a point larger than the text.</summary>
public sealed class PreviousWorkHeadingTests
{
    [Theory]
    [InlineData("Previous Work History", "work")]
    [InlineData("Previous Experience", "work")]
    [InlineData("Past Projects", "projects")]
    [InlineData("Current Projects", "projects")]
    public void A_heading_naming_when_is_a_section_of_its_kind(string heading, string kind)
    {
        var resume = Read($"""
            Tamsin Okafor
            tamsin.okafor@example.org

            {heading}

            Harbour Data Co-op, Wellington
            Coordinator, 2016 – 2019
            - Ran the open data workshops

            Education

            Victoria University of Wellington
            Bachelor of Arts, Geography
            """);

        Assert.Contains(resume.Meta.Sections, s => s.Heading == heading && s.Kind == kind);
    }
}
