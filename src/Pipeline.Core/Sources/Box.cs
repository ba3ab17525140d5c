namespace Pipeline.Sources;

/// <summary>
/// A rectangle on a page, normalised to the page: (0,0) is the top-left corner, (1,1) the bottom-right.
/// Normalising lets OCR pixels, PDF points and text columns share one geometry.
/// </summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    public static Box Union(Box a, Box b)
    {
        var x = Math.Min(a.X, b.X);
        var y = Math.Min(a.Y, b.Y);
        return new Box(x, y, Math.Max(a.Right, b.Right) - x, Math.Max(a.Bottom, b.Bottom) - y);
    }

    /// <summary>How much the two boxes overlap vertically, as a share of the shorter one.</summary>
    public double VerticalOverlap(Box other)
    {
        var overlap = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        var shorter = Math.Min(Height, other.Height);
        return shorter <= 0 ? 0 : Math.Max(0, overlap) / shorter;
    }
}
