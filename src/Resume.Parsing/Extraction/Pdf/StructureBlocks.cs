using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// The list items a tagged PDF says it holds. Word, Google Docs, Chrome and LibreOffice write a structure tree by
/// default: every run of text is marked with an id that the tree places under a paragraph, a heading, a list item or a
/// table cell. Two lines under one list item are one item (a wrapped bullet, a line break inside it); two lines under
/// different items are not, however full the first one ran. Geometry can only guess that; the producer knew it.
/// The tree is read through bounded walks, and any fault in it only costs the hint, never the page.
/// </summary>
internal sealed class StructureBlocks
{
    /// <summary>Far more nodes than any resume's tree holds; a hostile file cannot make the walk run long.</summary>
    private const int MaxNodes = 20_000;

    private const int MaxDepth = 32;

    private readonly PdfDocument document;
    private readonly DictionaryToken parentTree;
    private readonly DictionaryToken? roleMap;
    private int visited;

    private StructureBlocks(PdfDocument document, DictionaryToken parentTree, DictionaryToken? roleMap)
    {
        this.document = document;
        this.parentTree = parentTree;
        this.roleMap = roleMap;
    }

    /// <summary>Null when the document is not tagged or its tree cannot be read.</summary>
    public static StructureBlocks? Open(PdfDocument document)
    {
        try
        {
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (!catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken))
            {
                return null;
            }
            if (Resolve(document, rootToken) is not DictionaryToken root
                || !root.TryGet(NameToken.Create("ParentTree"), out var treeToken)
                || Resolve(document, treeToken) is not DictionaryToken tree)
            {
                return null;
            }
            var roles = root.TryGet(NameToken.Create("RoleMap"), out var roleToken) ? Resolve(document, roleToken) as DictionaryToken : null;
            return new StructureBlocks(document, tree, roles);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The block each letter of the page belongs to (an id unique in the document), for letters in marked
    /// content the tree places; null when the page has none.</summary>
    public Dictionary<Letter, int>? Read(Page page)
    {
        try
        {
            if (!page.Dictionary.TryGet(NameToken.Create("StructParents"), out var keyToken)
                || Resolve(keyToken) is not NumericToken key
                || Find(parentTree, key.Int, 0) is not ArrayToken elements)
            {
                return null;
            }
            var blockOf = new Dictionary<int, int>();
            for (var mcid = 0; mcid < elements.Data.Count && visited < MaxNodes; mcid++)
            {
                if (BlockOf(elements.Data[mcid]) is { } block)
                {
                    blockOf[mcid] = block;
                }
            }
            if (blockOf.Count == 0)
            {
                return null;
            }
            var result = new Dictionary<Letter, int>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<(MarkedContentElement Element, int Block)>();
            foreach (var top in page.GetMarkedContents())
            {
                pending.Push((top, -1));
            }
            while (pending.Count > 0)
            {
                var (element, inherited) = pending.Pop();
                var block = element.MarkedContentIdentifier is var id && id >= 0 && blockOf.TryGetValue(id, out var own) ? own : inherited;
                if (block >= 0)
                {
                    foreach (var letter in element.Letters)
                    {
                        result.TryAdd(letter, block);
                    }
                }
                foreach (var child in element.Children)
                {
                    pending.Push((child, block));
                }
            }
            return result.Count > 0 ? result : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The list item above a marked run, so an item's label (its bullet) and every line of its body are one
    /// block. Only list items count: producers mark items faithfully, but some (Canva) tag a text box of several
    /// entries as one paragraph and a wrapped line as a paragraph of its own.</summary>
    private int? BlockOf(IToken token)
    {
        for (var depth = 0; depth < MaxDepth && visited++ < MaxNodes; depth++)
        {
            if (token is not IndirectReferenceToken reference || Resolve(token) is not DictionaryToken element)
            {
                break;
            }
            var type = element.TryGet(NameToken.Create("S"), out var typeToken) && Resolve(typeToken) is NameToken name ? Role(name.Data) : "";
            if (type == "LI")
            {
                return (int)Math.Min(reference.Data.ObjectNumber, int.MaxValue);
            }
            if (Containers.Contains(type) || !element.TryGet(NameToken.Create("P"), out token))
            {
                break; // past the list the run sits in, or at the root: no item holds the run
            }
        }
        return null;
    }

    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "L", "Table", "TBody", "THead", "TFoot", "Sect", "Part", "Art", "Div", "Document", "StructTreeRoot",
    };

    /// <summary>A producer's own element type as the standard one it maps to.</summary>
    private string Role(string type)
    {
        for (var k = 0; k < 4 && type != "LI"; k++)
        {
            if (roleMap is null || !roleMap.TryGet(NameToken.Create(type), out var mapped) || Resolve(mapped) is not NameToken name)
            {
                break;
            }
            type = name.Data;
        }
        return type;
    }

    /// <summary>A number tree's value for a key: leaves list keys and values in pairs, inner nodes their kids' ranges.</summary>
    private IToken? Find(DictionaryToken node, int key, int depth)
    {
        if (depth > MaxDepth || visited++ > MaxNodes)
        {
            return null;
        }
        if (node.TryGet(NameToken.Create("Nums"), out var numsToken) && Resolve(numsToken) is ArrayToken nums)
        {
            for (var k = 0; k + 1 < nums.Data.Count; k += 2)
            {
                if (Resolve(nums.Data[k]) is NumericToken n && n.Int == key)
                {
                    return Resolve(nums.Data[k + 1]);
                }
            }
            return null;
        }
        if (!node.TryGet(NameToken.Create("Kids"), out var kidsToken) || Resolve(kidsToken) is not ArrayToken kids)
        {
            return null;
        }
        foreach (var kidToken in kids.Data)
        {
            if (Resolve(kidToken) is not DictionaryToken kid)
            {
                continue;
            }
            if (kid.TryGet(NameToken.Create("Limits"), out var limitsToken) && Resolve(limitsToken) is ArrayToken { Data.Count: 2 } limits
                && Resolve(limits.Data[0]) is NumericToken low && Resolve(limits.Data[1]) is NumericToken high
                && (key < low.Int || key > high.Int))
            {
                continue;
            }
            if (Find(kid, key, depth + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private IToken? Resolve(IToken? token) => Resolve(document, token);

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var k = 0; k < 8 && token is IndirectReferenceToken reference; k++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }
        return token;
    }
}
