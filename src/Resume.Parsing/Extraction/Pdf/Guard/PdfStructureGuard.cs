using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// Looks at a PDF as the reader will before the reader does, and refuses what would make it recurse forever, run out
/// of memory or work for minutes: every stream's whole filter chain decoded into counting sinks (one allowance for
/// the document), objects nested or numbered past any real file, references that loop or chain deep, a page tree
/// that loops, more pages than allowed, images of absurd size. Object streams are opened and their objects checked too.
/// Damage it cannot read is left for the reader to judge.
/// </summary>
internal static class PdfStructureGuard
{
    /// <summary>An A4 scan at 600 dpi is 35 megapixels; nothing in a resume comes near 100.</summary>
    public const long MaxImagePixels = 100_000_000;

    /// <summary>An object that is only a reference to another is rare; chains of them are followed by recursion.</summary>
    public const int MaxReferenceChain = 16;

    private const int MaxPageTreeDepth = 64;

    public static void Check(byte[] data, int length, ParserOptions options, ParseBudget budget)
    {
        var bytes = new ArraySegment<byte>(data, 0, length);
        var objects = PdfObjects.Scan(bytes, budget);
        var allowance = new InflateAllowance(options.MaxExpandedBytes);

        // Packed objects first: the reference and page checks must see them as well.
        foreach (var stream in objects.Streams)
        {
            if (stream.Dictionary["Type"] is PdfName { Value: "ObjStm" })
            {
                var packed = StreamFilters.Decode(Data(bytes, objects, stream), FiltersOf(objects, stream.Dictionary), allowance, keep: true);
                objects.AddPacked(stream.Dictionary, packed);
                budget.Check();
            }
        }
        CheckReferenceChains(objects);
        CheckPageTree(objects, options.MaxPages);
        foreach (var stream in objects.Streams)
        {
            if (stream.Dictionary["Type"] is PdfName { Value: "ObjStm" })
            {
                continue;
            }
            if (stream.Dictionary["Subtype"] is PdfName { Value: "Image" })
            {
                CheckImage(objects, stream.Dictionary);
            }
            StreamFilters.Decode(Data(bytes, objects, stream), FiltersOf(objects, stream.Dictionary), allowance, keep: false);
            budget.Check();
        }
    }

    private static ArraySegment<byte> Data(ArraySegment<byte> bytes, PdfObjects objects, PdfStream stream) =>
        bytes.Slice(stream.DataStart, Math.Max(0, objects.DataEnd(bytes, stream) - stream.DataStart));

    /// <summary><c>/Filter</c> and <c>/DecodeParms</c>, each a name or an array and either possibly indirect, as one list.</summary>
    private static List<(string Name, PdfDictionary? Parameters)> FiltersOf(PdfObjects objects, PdfDictionary dictionary)
    {
        var filters = new List<(string, PdfDictionary?)>();
        var filter = objects.Resolve(dictionary["Filter"]);
        var parameters = objects.Resolve(dictionary["DecodeParms"]);
        List<PdfValue> names = filter switch
        {
            PdfName name => [name],
            PdfArray array => array.Items,
            _ => [],
        };
        for (var i = 0; i < names.Count; i++)
        {
            if (objects.Resolve(names[i]) is not PdfName name)
            {
                break; // a reader stops at a filter it cannot name
            }
            var parameter = parameters switch
            {
                PdfArray array when i < array.Items.Count => objects.Resolve(array.Items[i]) as PdfDictionary,
                PdfDictionary single when i == 0 => single,
                _ => null,
            };
            filters.Add((name.Value, parameter));
        }
        return filters;
    }

    /// <summary>
    /// Objects that are nothing but a reference to another object (<c>7 0 obj 8 0 R endobj</c>) are followed one by one,
    /// recursively, by the reader: a loop of them never ends and a long chain exhausts its stack.
    /// </summary>
    private static void CheckReferenceChains(PdfObjects objects)
    {
        var edges = new Dictionary<int, List<int>>();
        foreach (var (number, definitions) in objects.Definitions)
        {
            foreach (var definition in definitions)
            {
                if (definition is PdfReference target)
                {
                    if (!edges.TryGetValue(number, out var list))
                    {
                        edges[number] = list = [];
                    }
                    list.Add(target.Number);
                }
            }
        }
        if (edges.Count == 0)
        {
            return;
        }
        // Depth-first without recursion: 1 = on the current path, 2 = done; the chain length below each finished object.
        var state = new Dictionary<int, int>();
        var chain = new Dictionary<int, int>();
        var path = new Stack<(int Number, int Next)>();
        foreach (var start in edges.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }
            state[start] = 1;
            path.Push((start, 0));
            while (path.Count > 0)
            {
                var (number, next) = path.Pop();
                var targets = edges.GetValueOrDefault(number);
                if (targets is not null && next < targets.Count)
                {
                    path.Push((number, next + 1));
                    var target = targets[next];
                    switch (state.GetValueOrDefault(target))
                    {
                        case 1:
                            throw new ParseFailure(ErrorCodes.Corrupt,
                                $"The PDF's objects refer to each other in a loop (object {target} leads back to itself), which sends readers round forever; it was not opened.");
                        case 0:
                            state[target] = 1;
                            path.Push((target, 0));
                            break;
                    }
                    continue;
                }
                state[number] = 2;
                var length = 1 + (targets ?? []).Select(t => chain.GetValueOrDefault(t)).DefaultIfEmpty(0).Max();
                chain[number] = length;
                if (length > MaxReferenceChain)
                {
                    throw new ParseFailure(ErrorCodes.TooComplex,
                        $"The PDF passes a reference on through more than {MaxReferenceChain} objects in a row, which no real document does; it was not opened.");
                }
            }
        }
    }

    /// <summary>The pages as the catalog's page tree lists them: a node met twice is a loop, and the leaves are counted.</summary>
    private static void CheckPageTree(PdfObjects objects, int maxPages)
    {
        var trailer = objects.Trailers.LastOrDefault(t => t["Root"] is PdfReference);
        if (trailer is null || objects.Resolve(trailer["Root"]) is not PdfDictionary catalog
            || objects.Resolve(catalog["Pages"]) is not PdfDictionary root)
        {
            return; // no catalog to be found: the reader will say the file is damaged
        }
        var seen = new HashSet<int>();
        if (catalog["Pages"] is PdfReference rootReference)
        {
            seen.Add(rootReference.Number);
        }
        var pages = 0L;
        var pending = new Stack<(PdfDictionary Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (objects.Resolve(node["Kids"]) is not PdfArray kids || node["Type"] is PdfName { Value: "Page" })
            {
                pages++;
                continue;
            }
            if (depth >= MaxPageTreeDepth)
            {
                throw new ParseFailure(ErrorCodes.TooComplex,
                    $"The PDF's page tree is more than {MaxPageTreeDepth} levels deep, far beyond any real document; it was not opened.");
            }
            foreach (var kid in kids.Items)
            {
                if (kid is PdfReference reference && objects.Resolve(reference) is PdfDictionary child)
                {
                    var isPage = child["Type"] is PdfName { Value: "Page" } || child["Kids"] is null;
                    if (!isPage && !seen.Add(reference.Number))
                    {
                        throw new ParseFailure(ErrorCodes.Corrupt,
                            "The PDF's page tree refers back into itself, which sends readers round forever; it was not opened.");
                    }
                    pending.Push((child, depth + 1));
                }
            }
        }
        if (pages == 0)
        {
            throw PdfExtractor.NoPages(); // a readable tree of no leaves; some readers call that damaged
        }
        if (pages > maxPages)
        {
            throw new ParseFailure(ErrorCodes.TooManyPages, $"The PDF has {pages} pages; resumes of up to {maxPages} pages are accepted.");
        }
    }

    private static void CheckImage(PdfObjects objects, PdfDictionary image)
    {
        if (objects.Resolve(image["Width"]) is PdfNumber { Value: var width } && objects.Resolve(image["Height"]) is PdfNumber { Value: var height }
            && width * height > MaxImagePixels)
        {
            throw new ParseFailure(ErrorCodes.TooComplex,
                $"The PDF holds an image of {width:0} × {height:0} pixels, far beyond any photo or scan in a resume; it was not opened.");
        }
    }
}
