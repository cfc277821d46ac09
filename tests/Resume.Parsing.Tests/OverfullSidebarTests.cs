using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A sidebar whose e-mail address and profile links run on past its edge into the main column's band is still a column
/// of its own: the addresses close no gutter, so the main column's jobs are not read across into the sidebar's rows.
/// </summary>
public sealed class OverfullSidebarTests
{
    private static readonly Person Person = FieldPeople.DataScientist with
    {
        Email = "kwame.mensah.datascience@example.com",
        LinkedIn = "kwame-mensah-data",
        GitHub = "kwame-mensah-ml",
    };

    [Fact]
    public void Addresses_overrunning_a_sidebar_leave_its_column_apart_from_the_main_one()
    {
        var resume = Read(OverfullSidebarShapes.AddressesRunningOn(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Contains("Python", resume.Keywords());
    }
}
