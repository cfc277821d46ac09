using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A phrase in brackets after the employer's name that describes the employer is no part of its name.</summary>
public sealed class EmployerDescriptionTests
{
    [Fact]
    public void A_description_in_brackets_after_the_employer_is_not_its_name()
    {
        var resume = Read("Odile Farrant\nodile.farrant@example.com\n\nEXPERIENCE\n"
            + "Dispatch Coordinator, Harrow Logistics (a regional carrier of chilled goods)\n2019 - 2023\n- Planned the routes of 40 lorries a day\n"
            + "Warehouse Clerk, Pellin Stores (part of Brannock Group)\n2016 - 2019\n- Kept the stock records of two depots\n");

        // "part of Brannock Group" names the owner as much as it describes: half its words are a name, so it stays.
        Assert.Equal(["Harrow Logistics", "Pellin Stores (part of Brannock Group)"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["Dispatch Coordinator", "Warehouse Clerk"], resume.Work.Select(w => w.Position!));
    }
}
