using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Word users underline a heading by typing underscores after it to the margin ("Education______"): the rule
/// is no part of the heading.</summary>
public sealed class TypedRuleHeadingTests
{
    [Fact]
    public void Headings_closed_by_a_typed_rule_still_open_their_sections()
    {
        const string text = """
            Rowan Ellery
            555-201-4478
            rowan.ellery@example.com

            Education_____________________________________________
            Lakeside Community College
            Associate of Arts in Business

            Work Experience_______________________________________
            Harbor Hardware
            March 2018 - Present
            Sales Associate
            - Helped customers choose tools and paint
            - Stocked aisles after each delivery

            Skills________________________________________________
            - Cash handling
            - Forklift operation
            """;

        var resume = Read(text);

        var job = Assert.Single(resume.Work);
        Assert.Equal("Harbor Hardware", job.Name);
        Assert.Equal("Sales Associate", job.Position);
        Assert.Equal(2, job.Highlights.Count);
        Assert.Equal("Lakeside Community College", Assert.Single(resume.Education).Institution);
        Assert.Contains("Forklift operation", resume.Keywords());
    }

    [Fact]
    public void A_line_of_rule_alone_still_divides_and_is_no_heading()
    {
        var resume = Read("Rowan Ellery\nrowan.ellery@example.com\n____________________\nSKILLS\n- Cash handling\n");

        Assert.Contains("Cash handling", resume.Keywords());
    }
}
