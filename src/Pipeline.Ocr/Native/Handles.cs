using System.Runtime.InteropServices;

namespace Pipeline.Ocr.Native;

/// <summary>A TessBaseAPI*; released with End then Delete.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public static TessApiHandle Create()
    {
        var handle = new TessApiHandle();
        handle.SetHandle(Tesseract.BaseApiCreate());
        return handle;
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.BaseApiEnd(handle);
        Tesseract.BaseApiDelete(handle);
        return true;
    }
}

/// <summary>A TessResultIterator*; released with TessResultIteratorDelete.</summary>
internal sealed class ResultIteratorHandle : SafeHandle
{
    public ResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public static ResultIteratorHandle? Take(IntPtr pointer)
    {
        if (pointer == IntPtr.Zero) return null;
        var handle = new ResultIteratorHandle();
        handle.SetHandle(pointer);
        return handle;
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.ResultIteratorDelete(handle);
        return true;
    }
}

/// <summary>
/// A Leptonica PIX*. Leptonica reference-counts images; pixDestroy drops one reference, so a clone
/// handed to Tesseract stays alive inside the engine until it clears its image.
/// </summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <summary>Takes ownership of a PIX* returned by Leptonica; null when the call failed.</summary>
    public static PixHandle? Take(IntPtr pointer)
    {
        if (pointer == IntPtr.Zero) return null;
        var handle = new PixHandle();
        handle.SetHandle(pointer);
        return handle;
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>A new image turned clockwise by <paramref name="quarterTurns"/> × 90° (any integer); this one stays the caller's.</summary>
    public PixHandle Turned(int quarterTurns) =>
        Take(Leptonica.PixRotateOrth(this, ((quarterTurns % 4) + 4) % 4)) ?? throw new InvalidOperationException("pixRotateOrth failed");

    public int Width => Leptonica.PixGetWidth(this);
    public int Height => Leptonica.PixGetHeight(this);
    public int Depth => Leptonica.PixGetDepth(this);
    public int XResolution => Leptonica.PixGetXRes(this);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        Leptonica.PixDestroy(ref pointer);
        return true;
    }
}
