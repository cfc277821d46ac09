using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Entry lines people type by hand in a word processor: dashes spaced on one side only, labelled dates.</summary>
public sealed class TypedLineTests
{
    [Fact]
    public void A_dash_spaced_on_one_side_separates_employer_title_and_place()
    {
        var resume = Read("""
            Marta Lindqvist
            marta.lindqvist@example.com

            EXPERIENCE
            Harbour Freight LLC -Delivery Driver —Tacoma, Washington —   Aug 2022 - Present
            • Delivered 200+ parcels a day with no damage claims
            Cedar Home Supplies —Sales Associate —June 2019 - Jul. 2022
            • Opened the store and balanced the till each morning
            """);

        Assert.Collection(resume.Work,
            w =>
            {
                Assert.Equal("Harbour Freight LLC", w.Name);
                Assert.Equal("Delivery Driver", w.Position);
                Assert.Equal("2022-08", w.StartDate);
            },
            w =>
            {
                Assert.Equal("Cedar Home Supplies", w.Name);
                Assert.Equal("Sales Associate", w.Position);
                Assert.Equal("2019-06", w.StartDate);
                Assert.Equal("2022-07", w.EndDate);
            });
    }
}
