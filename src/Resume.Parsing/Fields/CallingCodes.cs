namespace Resume.Parsing.Fields;

/// <summary>
/// Country calling codes with the lengths of the national numbers dialled after them (ITU-T E.164 numbering plans).
/// A number written as "+49 8925775100" or "+353874850562" shows no groups to tell it from any other run of digits;
/// its code and the length of what follows do.
/// </summary>
internal static class CallingCodes
{
    private static readonly Dictionary<string, (int Min, int Max)> NationalLengths = new()
    {
        ["1"] = (10, 10), ["7"] = (10, 10), ["20"] = (9, 10), ["27"] = (9, 9), ["30"] = (10, 10), ["31"] = (9, 9),
        ["32"] = (8, 9), ["33"] = (9, 9), ["34"] = (9, 9), ["36"] = (8, 9), ["39"] = (6, 11), ["40"] = (9, 9),
        ["41"] = (9, 9), ["43"] = (7, 13), ["44"] = (9, 10), ["45"] = (8, 8), ["46"] = (7, 10), ["47"] = (8, 8),
        ["48"] = (9, 9), ["49"] = (6, 13), ["51"] = (8, 9), ["52"] = (10, 10), ["54"] = (10, 11), ["55"] = (10, 11),
        ["56"] = (9, 9), ["57"] = (10, 10), ["60"] = (8, 10), ["61"] = (9, 9), ["62"] = (8, 12), ["63"] = (8, 10),
        ["64"] = (8, 10), ["65"] = (8, 8), ["66"] = (8, 9), ["81"] = (9, 10), ["82"] = (8, 10), ["84"] = (9, 10),
        ["86"] = (10, 11), ["90"] = (10, 10), ["91"] = (10, 10), ["92"] = (9, 10), ["212"] = (9, 9), ["233"] = (9, 9),
        ["234"] = (8, 10), ["254"] = (9, 9), ["255"] = (9, 9), ["256"] = (9, 9), ["351"] = (9, 9), ["353"] = (7, 9),
        ["354"] = (7, 9), ["358"] = (5, 12), ["380"] = (9, 9), ["420"] = (9, 9), ["421"] = (9, 9), ["598"] = (8, 8),
        ["852"] = (8, 8), ["880"] = (10, 10), ["966"] = (9, 9), ["971"] = (8, 9), ["972"] = (8, 9), ["94"] = (9, 9),
        ["213"] = (9, 9), ["216"] = (8, 8), ["232"] = (8, 8), ["237"] = (9, 9), ["251"] = (9, 9), ["961"] = (7, 8),
        ["962"] = (8, 9), ["965"] = (8, 8), ["968"] = (8, 8), ["973"] = (8, 8), ["974"] = (8, 8), ["977"] = (8, 10),
        ["355"] = (8, 9), ["356"] = (8, 8), ["357"] = (8, 8), ["359"] = (8, 9), ["370"] = (8, 8), ["371"] = (8, 8),
        ["372"] = (7, 8), ["373"] = (8, 8), ["374"] = (8, 8), ["375"] = (9, 9), ["381"] = (8, 9), ["385"] = (8, 9),
        ["386"] = (8, 8), ["387"] = (8, 8), ["389"] = (8, 8), ["992"] = (9, 9), ["994"] = (9, 9), ["995"] = (9, 9),
        ["996"] = (9, 9), ["998"] = (9, 9), ["976"] = (8, 8), ["98"] = (10, 10), ["93"] = (9, 9), ["58"] = (10, 10),
        ["593"] = (8, 9), ["595"] = (9, 9), ["506"] = (8, 8), ["250"] = (9, 9), ["260"] = (9, 9), ["263"] = (9, 9),
        ["244"] = (9, 9), ["243"] = (9, 9), ["221"] = (9, 9), ["225"] = (10, 10), ["886"] = (9, 9), ["855"] = (8, 9),
        ["963"] = (9, 9), ["964"] = (10, 10), ["970"] = (9, 9),
    };

    /// <summary>A calling code some country has (ITU-T E.164 assigned codes, in blocks): "+999" is none.</summary>
    private static bool IsAssigned(string code) => int.TryParse(code, out var n) && code.Length switch
    {
        1 => n is 1 or 7,
        2 => n is 20 or 27 or (>= 30 and <= 34) or 36 or (>= 39 and <= 41) or (>= 43 and <= 49) or (>= 51 and <= 58)
            or (>= 60 and <= 66) or 81 or 82 or 84 or 86 or (>= 90 and <= 95) or 98,
        _ => n is (>= 211 and <= 218) or (>= 220 and <= 269) or (>= 290 and <= 299) or (>= 350 and <= 359) or (>= 370 and <= 389)
            or (>= 420 and <= 423) or (>= 500 and <= 509) or (>= 590 and <= 599) or (>= 670 and <= 692) or (>= 850 and <= 856)
            or (>= 880 and <= 886) or (>= 960 and <= 968) or (>= 970 and <= 977) or (>= 992 and <= 998),
    };

    /// <summary>Whether "+<paramref name="code"/>" followed by <paramref name="national"/> digits (trunk zero dropped)
    /// can be a number of that country.</summary>
    public static bool Fits(string code, int national) =>
        NationalLengths.TryGetValue(code, out var lengths) && national >= lengths.Min && national <= lengths.Max;

    /// <summary>"+" and a run of digits, with or without a separator after the code: whether a known code starts it (the
    /// part before the separator, when there is one) and leaves a national number of a length that country dials.</summary>
    public static bool IsUnbrokenNumber(string code, bool separated, string national)
    {
        if (separated)
        {
            // The writer marked where the code ends: a code the table lacks still takes a number of a usual length.
            var length = national.TrimStart('0').Length;
            return NationalLengths.ContainsKey(code) ? Fits(code, length) : IsAssigned(code) && length is >= 7 and <= 12;
        }
        var digits = code + national;
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            if (Fits(digits[..length], digits[length..].TrimStart('0').Length))
            {
                return true;
            }
        }
        return false;
    }
}
