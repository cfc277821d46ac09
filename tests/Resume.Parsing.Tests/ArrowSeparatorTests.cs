using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"School, Town → dates": an arrow sets the dates apart from the school like a bar does.</summary>
public sealed class ArrowSeparatorTests
{
    [Fact]
    public void An_arrow_before_the_dates_is_no_part_of_the_school_or_its_town()
    {
        var text = "Robin Hale\nrobin@example.com\n\nEDUCATION\nBSc Hons Geology, Northfield University → Sep 2010 to Jul 2013\n"
            + "Saint Aldric's School, Dunmore → 2003 to 2010\n";

        var schools = Read(text).Education;

        Assert.Equal([("Northfield University", "BSc Hons", "Geology"), ("Saint Aldric's School, Dunmore", null, null)],
            schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }
}
