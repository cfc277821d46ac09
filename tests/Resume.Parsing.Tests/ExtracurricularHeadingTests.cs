using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A student's "Extracurricular Involvement:" set bold like an entry's name, after the jobs: it opens the
/// clubs and offices held, not another job.</summary>
public sealed class ExtracurricularHeadingTests
{
    [Fact]
    public void Extracurricular_involvement_opens_the_volunteer_section()
    {
        var resume = Read("""
            Priya Castellano
            priya.castellano@example.edu | (904) 555-0181

            Work Experience:

            Bayline Bank, Jacksonville, FL
            Internet Development Intern, Summer 2016
            • Drew the wireframes for the mobile card pages

            Extracurricular Involvement:

            Women in Computing
            Shadowed a business analyst on a mobile project for clients
            Robotics Club
            Ran the club's newsletter and its website
            """);

        Assert.Equal(["Bayline Bank"], resume.Work.Select(w => w.Name));
        Assert.Contains(resume.Meta.Sections, s => s is { Heading: "Extracurricular Involvement", Kind: "volunteer" });
    }
}
