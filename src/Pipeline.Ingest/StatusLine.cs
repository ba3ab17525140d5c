using System.Globalization;

namespace Pipeline.Ingestion;

/// <summary>
/// The number of a "Name:\t  123456 kB" line of /proc/*/status. The kernel pads the number to eight places after
/// the tab, so from 10,000,000 kB on nothing but the tab precedes it: fields are split on tabs and spaces.
/// </summary>
public static class StatusLine
{
    public static long Kilobytes(string line)
    {
        var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
    }
}
