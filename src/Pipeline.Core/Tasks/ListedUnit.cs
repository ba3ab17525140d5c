namespace Pipeline.Tasks;

/// <summary>
/// An item that only names a body, maybe with the scope it answers for in parentheses ("- Sở Xây dựng (đối với tài sản kết
/// cấu hạ tầng đô thị);" under "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:", CV-7103,
/// dev): it lists who the item above assigns, and asks nothing of its own. A word of its name may be a directive cue
/// ("Sở Xây dựng"), which is why the directive test cannot tell.
/// </summary>
public sealed class ListedUnit(UnitFinder units)
{
    public bool Is(string text)
    {
        var name = text.Trim().TrimEnd(';', '.', ',', ' ');
        // The scope note at the end: "(đối với …)", its parenthesis closing the item.
        if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0) name = name[..open].TrimEnd();
        if (name.Length == 0 || name.Contains('(') || name.Contains(':')) return false;
        return units.IsNamesOnly(name);
    }
}
