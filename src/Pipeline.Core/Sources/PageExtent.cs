namespace Pipeline.Sources;

/// <summary>
/// A page's size in the unit its source measures it in: PDF points ("pt", 1/72 inch) for text layers,
/// pixels ("px", with the scan's dpi) for images. Lets provenance boxes be given in page coordinates.
/// </summary>
public sealed record PageExtent(double Width, double Height, string Unit, int? Dpi = null);
