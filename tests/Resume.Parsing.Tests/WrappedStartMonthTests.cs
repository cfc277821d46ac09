using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A job's one-line header, "TITLE • EMPLOYER • MON YYYY – MON YYYY", wrapped by a narrow column between the
/// start's month and its year: the year and the rest of the range on the next line close the header.</summary>
public sealed class WrappedStartMonthTests
{
    [Fact]
    public void A_header_wrapped_after_the_start_month_keeps_its_employer_and_months()
    {
        var resume = Read("""
            Wren Halvorsen
            wren.halvorsen@example.com | 952-555-0133

            EXPERIENCE

            GIS TECHNICIAN • NORTHWIND POWER • OCT 2015 – NOV 2015
            • Edited the gas and electric facility layers
            GIS INTERNSHIP • LAKE STATE MAPPING OFFICE • JAN
            2013 – MAY 2013
            • Reviewed altered watercourses against the aerial imagery

            EDUCATION

            BACHELOR OF SCIENCE, GEOGRAPHY • 2010 – 2013 • RIVER FALLS STATE UNIVERSITY
            """);

        Assert.Equal([("NORTHWIND POWER", "GIS TECHNICIAN", "2015-10", "2015-11"), ("LAKE STATE MAPPING OFFICE", "GIS INTERNSHIP", "2013-01", "2013-05")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }
}
