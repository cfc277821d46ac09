using Parse.Holdout;

namespace Parse.Styles;

/// <summary>The holdout generator's people, half of them moved to towns the development set never names (so place
/// reading is tried on names no list holds), with their phone numbers in those countries' formats.</summary>
internal static class People
{
    private static readonly (string City, string Country, string? Region, string Phone)[] Towns =
    [
        ("Tartu", "EE", null, "+372 5### ####"), ("Ghent", "BE", "East Flanders", "+32 4## ## ## ##"),
        ("Porto", "PT", null, "+351 91# ### ###"), ("Aarhus", "DK", null, "+45 ## ## ## ##"),
        ("Leipzig", "DE", "Saxony", "+49 341 #######"), ("Tampere", "FI", null, "+358 40 ### ####"),
        ("Halifax", "CA", "NS", "(902) 555-0###"), ("Boise", "US", "ID", "(208) 555-0###"),
        ("Graz", "AT", "Styria", "+43 664 #######"), ("Bergen", "NO", null, "+47 ### ## ###"),
        ("Nantes", "FR", "Pays de la Loire", "+33 6 ## ## ## ##"), ("Accra", "GH", null, "+233 24 ### ####"),
        ("Nairobi", "KE", null, "+254 7## ######"), ("Wellington", "NZ", null, "+64 21 ### ####"),
        ("Montevideo", "UY", null, "+598 9# ### ###"), ("Brno", "CZ", null, "+420 6## ### ###"),
        ("Dundee", "GB", "Scotland", "01382 ######"), ("Galway", "IE", null, "+353 91 ### ###"),
    ];

    public static Parse.Holdout.Resume Make(Random random, Family? family = null)
    {
        var maker = new PersonMaker(random);
        var (resume, _, _) = family is null ? maker.Make() : maker.Make(family);
        if (random.NextDouble() >= 0.5 || resume.Basics.Location is null)
        {
            return resume;
        }
        var town = Towns[random.Next(Towns.Length)];
        var phone = resume.Basics.Phone is null ? null : string.Concat(town.Phone.Select(ch => ch == '#' ? (char)('0' + random.Next(10)) : ch));
        var place = town.City + (town.Region is { } r ? ", " + r : "");
        resume.Work = resume.Work?.Select(w => w.Location is null ? w : w with { Location = place }).ToList();
        return resume with { Basics = resume.Basics with { Location = new Location(town.City, town.Country, town.Region), Phone = phone } };
    }
}
