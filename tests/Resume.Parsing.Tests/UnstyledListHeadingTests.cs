using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word template whose user set "Experience" and "Education" in the heading style but typed "Skills" as a
/// plain line between the last job's list and the list of skills: it still opens the skills section.</summary>
public sealed class UnstyledListHeadingTests
{
    [Fact]
    public void A_skills_line_in_the_texts_type_between_two_lists_opens_the_skills_section()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Styled("Rosalind Achterberg", "Title"), Plain("Tucson, AZ | 520-555-0166 | rosalind@example.com"),
            Styled("Experience", "Heading2"),
            Bold("October 1995–January 2003"), Plain("Personal Banking Officer • Desert Federal Bank"),
            Bullet("Grew customer relationships through regular follow-up calls"),
            Bullet("Reached aggressive goals in the sale of financial products"),
            Plain("Skills"),
            Bullet("Employee Management"), Bullet("Customer Service"), Bullet("QuickBooks"),
            Styled("Education", "Heading2"), Bold("Arizona State University, Tempe, AZ"))));

        Assert.Equal(2, Assert.Single(resume.Work).Highlights.Count);
        Assert.Equal(["Employee Management", "Customer Service", "QuickBooks"], resume.Keywords());
    }
}
