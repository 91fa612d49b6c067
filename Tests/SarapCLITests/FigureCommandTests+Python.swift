/// Small Python programs (standard library only) the figure tests check Sarap's files with, so
/// that what is checked is read by code Sarap does not share.
extension FigureCommandTests {
  /// `python3 -c pngPixel FILE X Y` prints `WIDTH HEIGHT #RRGGBB`: the PNG's size and the colour
  /// of one pixel, decoded with zlib (8-bit RGB or RGBA, not interlaced, as rsvg-convert writes).
  static let pngPixel = """
    import struct, sys, zlib
    data = open(sys.argv[1], 'rb').read()
    assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
    pos, idat = 8, b''
    while pos < len(data):
        n, = struct.unpack('>I', data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
    assert depth == 8 and ctype in (2, 6) and interlace == 0, 'unexpected PNG kind'
    bpp = 4 if ctype == 6 else 3
    raw, stride = zlib.decompress(idat), w * bpp
    x, y = int(sys.argv[2]), int(sys.argv[3])
    prev, i = bytearray(stride), 0
    for row in range(y + 1):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for k in range(stride):
            a = line[k - bpp] if k >= bpp else 0
            b = prev[k]
            c = prev[k - bpp] if k >= bpp else 0
            if f == 1: line[k] = (line[k] + a) & 255
            elif f == 2: line[k] = (line[k] + b) & 255
            elif f == 3: line[k] = (line[k] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[k] = (line[k] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
    r, g, b = prev[x * bpp:x * bpp + 3]
    print('%d %d #%02X%02X%02X' % (w, h, r, g, b))
    """

  /// `python3 -c xlsxAgainstCSV BOOK.xlsx EXPORT.csv` prints `equal` when the first sheet holds
  /// exactly the CSV's cells (text equal, numbers stored as numbers that round, half away from
  /// zero, to the CSV's figures), the header bold and frozen; then `cyrillic` when some text is Kazakh.
  static let xlsxAgainstCSV = """
    import csv, re, sys, zipfile
    from decimal import Decimal, ROUND_HALF_UP
    import xml.etree.ElementTree as ET
    M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
    book = zipfile.ZipFile(sys.argv[1])
    shared = []
    if 'xl/sharedStrings.xml' in book.namelist():
        for si in ET.fromstring(book.read('xl/sharedStrings.xml')).iter(M + 'si'):
            shared.append(''.join(t.text or '' for t in si.iter(M + 't')))
    sheet = ET.fromstring(book.read('xl/worksheets/sheet1.xml'))
    cells = {}
    for c in sheet.iter(M + 'c'):
        letters, number = re.match(r'([A-Z]+)([0-9]+)', c.get('r')).groups()
        column = 0
        for ch in letters: column = column * 26 + ord(ch) - 64
        v = c.find(M + 'v')
        if c.get('t') == 's': cells[(int(number) - 1, column - 1)] = ('s', shared[int(v.text)])
        elif c.get('t') == 'inlineStr': cells[(int(number) - 1, column - 1)] = ('s', ''.join(t.text or '' for t in c.iter(M + 't')))
        else: cells[(int(number) - 1, column - 1)] = ('n', v.text)
    rows = list(csv.reader(open(sys.argv[2], newline='', encoding='utf-8')))
    problems = []
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            got = cells.pop((r, k), None)
            if text == '':
                if got is not None: problems.append((r, k, text, got))
            elif got is None: problems.append((r, k, text, None))
            elif got[0] == 's':
                if got[1] != text: problems.append((r, k, text, got))
            else:
                places = len(text.split('.')[1]) if '.' in text else 0
                # Sarap rounds half away from zero, as Decimal's ROUND_HALF_UP does.
                rounded = Decimal(got[1]).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
                if r == 0 or str(rounded) != text: problems.append((r, k, text, got))
    problems += [('extra', key, value) for key, value in cells.items()]
    xml = book.read('xl/worksheets/sheet1.xml').decode()
    if 'ySplit="1"' not in xml or 'state="frozen"' not in xml: problems.append('header not frozen')
    if '<b/>' not in book.read('xl/styles.xml').decode(): problems.append('no bold font')
    print('equal' if not problems else 'differs: %r' % problems[:5])
    if any('\\u0400' <= ch <= '\\u04ff' for row in rows for text in row for ch in text): print('cyrillic')
    """
}
