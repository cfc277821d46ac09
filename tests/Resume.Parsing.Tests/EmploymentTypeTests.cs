using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How a job was held ("PART TIME", "Full-time") set as a cell beside the employer names no employer.</summary>
public sealed class EmploymentTypeTests
{
    private const string Resume = """
        Jamie Rivera
        jamie.rivera@example.com | (555) 010-2233

        EXPERIENCE

        SALES ASSOCIATE
        Hollin Hardware, Barrie, ON | PART TIME
        2022 - Present
        - Helped customers choose tools and building supplies for their projects

        CUSTOMER SERVICE REPRESENTATIVE
        PART-TIME | Ashgrove Instruments
        2013 - 2016
        - Answered calls and emails from customers about orders and repairs

        EDUCATION

        Georgian College
        Diploma in Business Administration
        2020 - 2022
        """;

    [Fact]
    public void An_employment_type_beside_the_employer_is_neither_the_employer_nor_the_title()
    {
        var resume = Read(Resume);

        Assert.Equal(["Hollin Hardware", "Ashgrove Instruments"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["SALES ASSOCIATE", "CUSTOMER SERVICE REPRESENTATIVE"], resume.Work.Select(w => w.Position!));
        Assert.Equal(["2022", "2013"], resume.Work.Select(w => w.StartDate!));
    }
}
