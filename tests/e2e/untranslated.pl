#!/usr/bin/perl
# untranslated.pl POT ALLOW [--input IN]... FILE... - the English texts of
# the template POT left in FILEs written in the pseudo-language qps
# (tests/e2e/pseudo.sh). What the INputs hold that is no msgid (what users
# typed, country names, a baseline's citations: English by design) is taken
# out of the FILEs first: each text or attribute value of two words or more
# of the XML INputs, each line of the others.
# Each msgid (and msgid_plural) is cut at its placeholders (%s, {1}), markup
# (<b>), line ends and " - "-like separators into pieces; a piece of two
# words and 10 characters or more, or one word of 12 or more, found in a
# FILE (case ignored, whole words, spaces collapsed) is a hit, unless ALLOW
# lists it (one piece a line; # starts a comment). HTML is read as its text
# and its attribute values, entities decoded, without its style and its
# script. Also a hit: a "{1}"-like placeholder or a printf conversion left
# in the output (but in the form's words, #words, which its script fills).
# Prints each hit with its file and exits 1 when there is one.
use strict;
use warnings;
use utf8;
# perl-base only (no open.pm, no Encode): the :utf8 layer is built in
binmode(STDOUT, ':utf8');

my ($pot, $allowfile, @args) = @ARGV;
my (@inputs, @files);
while (@args) {
    my $a = shift @args;
    if ($a eq '--input') { push @inputs, shift @args } else { push @files, $a }
}
die "usage: untranslated.pl POT ALLOW [--input IN]... FILE...\n" unless defined $allowfile && @files;

sub unescape {
    my ($s) = @_;
    my %esc = (n => "\n", t => "\t", '"' => '"', '\\' => '\\');
    $s =~ s/\\(.)/exists $esc{$1} ? $esc{$1} : "\\$1"/ge;
    return $s;
}

# the msgids and plural msgids of the template
my @ids;
{
    local $/ = "";
    open my $fh, '<:utf8', $pot or die "$pot: $!\n";
    while (my $entry = <$fh>) {
        my ($cur, %f);
        for my $line (split /\n/, $entry) {
            next if $line =~ /^#/;
            if ($line =~ /^(msgctxt|msgid|msgid_plural|msgstr\S*)\s+"(.*)"\s*$/) { $cur = $1; $f{$cur} = $2; next }
            $f{$cur} .= $1 if defined $cur && $line =~ /^"(.*)"\s*$/;
        }
        next if ($f{msgctxt} // '') eq 'ask-key';
        push @ids, unescape($f{$_}) for grep { defined $f{$_} && $f{$_} ne '' } qw(msgid msgid_plural);
    }
}

my %allow;
open my $ah, '<:utf8', $allowfile or die "$allowfile: $!\n";
while (<$ah>) { chomp; s/^\s+|\s+$//g; $allow{lc $_} = 1 if $_ ne '' && !/^#/ }

# the pieces looked for
my %pieces;
my $placeholder = qr/%(?:\d+\$)?[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcsp%]|\{[A-Za-z0-9_-]+\}/;
for my $id (@ids) {
    for my $p (split /$placeholder|<[^>]*>|\n|\s[-:=]\s|\.\.\./, $id) {
        $p =~ s/\s+/ /g;
        $p =~ s/^[\s,;:.()\[\]'"`]+|[\s,;:()\[\]'"`]+$//g;
        my $words = () = $p =~ /[A-Za-z]+/g;
        next unless ($words >= 2 && length($p) >= 10) || ($p =~ /^[A-Za-z-]+$/ && length($p) >= 12);
        next if $allow{lc $p};
        $pieces{$p} = 1;
    }
}

sub collapse { my ($s) = @_; $s =~ s/\s+/ /g; $s =~ s/^ | $//g; return $s }

my %ent = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'", nbsp => "\x{a0}");
sub entities {
    my ($s) = @_;
    $s =~ s/&#x([0-9a-fA-F]+);/chr(hex $1)/ge;
    $s =~ s/&#(\d+);/chr($1)/ge;
    $s =~ s/&(\w+);/exists $ent{$1} ? $ent{$1} : "&$1;"/ge;
    return $s;
}

# the texts of the inputs that are no msgid, longest first
my %msgid = map { collapse($_) => 1 } @ids;
my %kept;
for my $in (@inputs) {
    open my $fh, '<:utf8', $in or die "$in: $!\n";
    my $x = do { local $/; <$fh> };
    my @texts = $in =~ /\.xml$/ ? ($x =~ />([^<]+)</g, $x =~ /="([^"]*)"/g) : split /\n/, $x;
    for my $t (@texts) {
        $t = collapse(entities($t));
        $kept{$t} = 1 if $t =~ /\S\s\S/ && !$msgid{$t};
    }
}
my @kept = sort { length $b <=> length $a } keys %kept;

# the text of an HTML page a person reads: its text and the attribute
# values shown or spoken
sub html_text {
    my ($h) = @_;
    $h =~ s{<(script|style)\b.*?</\1>}{ }gs;
    my @attrs = $h =~ /\s(?:title|alt|aria-label|aria-description|aria-roledescription|placeholder|value|label|content)="([^"]*)"/g;
    $h =~ s/<[^>]*>/ /g;
    return entities(join "\n", $h, @attrs);
}

my $hits = 0;
for my $file (@files) {
    open my $fh, '<:utf8', $file or die "$file: $!\n";
    my $text = do { local $/; <$fh> };
    (my $flat = $file =~ /\.html$/ ? html_text($text) : $text) =~ s/\s+/ /g;
    $flat =~ s/\Q$_\E/ /g for @kept;
    for my $p (sort keys %pieces) {
        next unless $flat =~ /(?<![A-Za-z-])\Q$p\E(?![A-Za-z])/i;
        print "FAIL: $file: English left: \"$p\"\n";
        $hits++;
    }
    $text = html_text($text =~ s{<div id="words".*?</div>}{}sr) if $file =~ /\.html$/;
    while ($text =~ /(\{[0-9]+\}|\{(?:day|month|year|[a-z]+-[a-z]+)\}|%(?:l?[sdu]|lu|zu))/g) {
        print "FAIL: $file: placeholder left: \"$1\"\n";
        $hits++;
    }
}
exit($hits ? 1 : 0);
