<?xml version="1.0" encoding="UTF-8"?>
<!-- A layout that declares the XHTML namespace on the output of each of its
     100 templates: plain XSLT, and mnr must accept it (its namespace limit
     is per file, 512). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <xsl:call-template name="part1"/>
      <xsl:call-template name="part2"/>
      <xsl:call-template name="part3"/>
      <xsl:call-template name="part4"/>
      <xsl:call-template name="part5"/>
      <xsl:call-template name="part6"/>
      <xsl:call-template name="part7"/>
      <xsl:call-template name="part8"/>
      <xsl:call-template name="part9"/>
      <xsl:call-template name="part10"/>
      <xsl:call-template name="part11"/>
      <xsl:call-template name="part12"/>
      <xsl:call-template name="part13"/>
      <xsl:call-template name="part14"/>
      <xsl:call-template name="part15"/>
      <xsl:call-template name="part16"/>
      <xsl:call-template name="part17"/>
      <xsl:call-template name="part18"/>
      <xsl:call-template name="part19"/>
      <xsl:call-template name="part20"/>
      <xsl:call-template name="part21"/>
      <xsl:call-template name="part22"/>
      <xsl:call-template name="part23"/>
      <xsl:call-template name="part24"/>
      <xsl:call-template name="part25"/>
      <xsl:call-template name="part26"/>
      <xsl:call-template name="part27"/>
      <xsl:call-template name="part28"/>
      <xsl:call-template name="part29"/>
      <xsl:call-template name="part30"/>
      <xsl:call-template name="part31"/>
      <xsl:call-template name="part32"/>
      <xsl:call-template name="part33"/>
      <xsl:call-template name="part34"/>
      <xsl:call-template name="part35"/>
      <xsl:call-template name="part36"/>
      <xsl:call-template name="part37"/>
      <xsl:call-template name="part38"/>
      <xsl:call-template name="part39"/>
      <xsl:call-template name="part40"/>
      <xsl:call-template name="part41"/>
      <xsl:call-template name="part42"/>
      <xsl:call-template name="part43"/>
      <xsl:call-template name="part44"/>
      <xsl:call-template name="part45"/>
      <xsl:call-template name="part46"/>
      <xsl:call-template name="part47"/>
      <xsl:call-template name="part48"/>
      <xsl:call-template name="part49"/>
      <xsl:call-template name="part50"/>
      <xsl:call-template name="part51"/>
      <xsl:call-template name="part52"/>
      <xsl:call-template name="part53"/>
      <xsl:call-template name="part54"/>
      <xsl:call-template name="part55"/>
      <xsl:call-template name="part56"/>
      <xsl:call-template name="part57"/>
      <xsl:call-template name="part58"/>
      <xsl:call-template name="part59"/>
      <xsl:call-template name="part60"/>
      <xsl:call-template name="part61"/>
      <xsl:call-template name="part62"/>
      <xsl:call-template name="part63"/>
      <xsl:call-template name="part64"/>
      <xsl:call-template name="part65"/>
      <xsl:call-template name="part66"/>
      <xsl:call-template name="part67"/>
      <xsl:call-template name="part68"/>
      <xsl:call-template name="part69"/>
      <xsl:call-template name="part70"/>
      <xsl:call-template name="part71"/>
      <xsl:call-template name="part72"/>
      <xsl:call-template name="part73"/>
      <xsl:call-template name="part74"/>
      <xsl:call-template name="part75"/>
      <xsl:call-template name="part76"/>
      <xsl:call-template name="part77"/>
      <xsl:call-template name="part78"/>
      <xsl:call-template name="part79"/>
      <xsl:call-template name="part80"/>
      <xsl:call-template name="part81"/>
      <xsl:call-template name="part82"/>
      <xsl:call-template name="part83"/>
      <xsl:call-template name="part84"/>
      <xsl:call-template name="part85"/>
      <xsl:call-template name="part86"/>
      <xsl:call-template name="part87"/>
      <xsl:call-template name="part88"/>
      <xsl:call-template name="part89"/>
      <xsl:call-template name="part90"/>
      <xsl:call-template name="part91"/>
      <xsl:call-template name="part92"/>
      <xsl:call-template name="part93"/>
      <xsl:call-template name="part94"/>
      <xsl:call-template name="part95"/>
      <xsl:call-template name="part96"/>
      <xsl:call-template name="part97"/>
      <xsl:call-template name="part98"/>
      <xsl:call-template name="part99"/>
      <xsl:call-template name="part100"/>
    </body></html>
  </xsl:template>
  <xsl:template name="part1"><p xmlns="http://www.w3.org/1999/xhtml">part 1</p></xsl:template>
  <xsl:template name="part2"><p xmlns="http://www.w3.org/1999/xhtml">part 2</p></xsl:template>
  <xsl:template name="part3"><p xmlns="http://www.w3.org/1999/xhtml">part 3</p></xsl:template>
  <xsl:template name="part4"><p xmlns="http://www.w3.org/1999/xhtml">part 4</p></xsl:template>
  <xsl:template name="part5"><p xmlns="http://www.w3.org/1999/xhtml">part 5</p></xsl:template>
  <xsl:template name="part6"><p xmlns="http://www.w3.org/1999/xhtml">part 6</p></xsl:template>
  <xsl:template name="part7"><p xmlns="http://www.w3.org/1999/xhtml">part 7</p></xsl:template>
  <xsl:template name="part8"><p xmlns="http://www.w3.org/1999/xhtml">part 8</p></xsl:template>
  <xsl:template name="part9"><p xmlns="http://www.w3.org/1999/xhtml">part 9</p></xsl:template>
  <xsl:template name="part10"><p xmlns="http://www.w3.org/1999/xhtml">part 10</p></xsl:template>
  <xsl:template name="part11"><p xmlns="http://www.w3.org/1999/xhtml">part 11</p></xsl:template>
  <xsl:template name="part12"><p xmlns="http://www.w3.org/1999/xhtml">part 12</p></xsl:template>
  <xsl:template name="part13"><p xmlns="http://www.w3.org/1999/xhtml">part 13</p></xsl:template>
  <xsl:template name="part14"><p xmlns="http://www.w3.org/1999/xhtml">part 14</p></xsl:template>
  <xsl:template name="part15"><p xmlns="http://www.w3.org/1999/xhtml">part 15</p></xsl:template>
  <xsl:template name="part16"><p xmlns="http://www.w3.org/1999/xhtml">part 16</p></xsl:template>
  <xsl:template name="part17"><p xmlns="http://www.w3.org/1999/xhtml">part 17</p></xsl:template>
  <xsl:template name="part18"><p xmlns="http://www.w3.org/1999/xhtml">part 18</p></xsl:template>
  <xsl:template name="part19"><p xmlns="http://www.w3.org/1999/xhtml">part 19</p></xsl:template>
  <xsl:template name="part20"><p xmlns="http://www.w3.org/1999/xhtml">part 20</p></xsl:template>
  <xsl:template name="part21"><p xmlns="http://www.w3.org/1999/xhtml">part 21</p></xsl:template>
  <xsl:template name="part22"><p xmlns="http://www.w3.org/1999/xhtml">part 22</p></xsl:template>
  <xsl:template name="part23"><p xmlns="http://www.w3.org/1999/xhtml">part 23</p></xsl:template>
  <xsl:template name="part24"><p xmlns="http://www.w3.org/1999/xhtml">part 24</p></xsl:template>
  <xsl:template name="part25"><p xmlns="http://www.w3.org/1999/xhtml">part 25</p></xsl:template>
  <xsl:template name="part26"><p xmlns="http://www.w3.org/1999/xhtml">part 26</p></xsl:template>
  <xsl:template name="part27"><p xmlns="http://www.w3.org/1999/xhtml">part 27</p></xsl:template>
  <xsl:template name="part28"><p xmlns="http://www.w3.org/1999/xhtml">part 28</p></xsl:template>
  <xsl:template name="part29"><p xmlns="http://www.w3.org/1999/xhtml">part 29</p></xsl:template>
  <xsl:template name="part30"><p xmlns="http://www.w3.org/1999/xhtml">part 30</p></xsl:template>
  <xsl:template name="part31"><p xmlns="http://www.w3.org/1999/xhtml">part 31</p></xsl:template>
  <xsl:template name="part32"><p xmlns="http://www.w3.org/1999/xhtml">part 32</p></xsl:template>
  <xsl:template name="part33"><p xmlns="http://www.w3.org/1999/xhtml">part 33</p></xsl:template>
  <xsl:template name="part34"><p xmlns="http://www.w3.org/1999/xhtml">part 34</p></xsl:template>
  <xsl:template name="part35"><p xmlns="http://www.w3.org/1999/xhtml">part 35</p></xsl:template>
  <xsl:template name="part36"><p xmlns="http://www.w3.org/1999/xhtml">part 36</p></xsl:template>
  <xsl:template name="part37"><p xmlns="http://www.w3.org/1999/xhtml">part 37</p></xsl:template>
  <xsl:template name="part38"><p xmlns="http://www.w3.org/1999/xhtml">part 38</p></xsl:template>
  <xsl:template name="part39"><p xmlns="http://www.w3.org/1999/xhtml">part 39</p></xsl:template>
  <xsl:template name="part40"><p xmlns="http://www.w3.org/1999/xhtml">part 40</p></xsl:template>
  <xsl:template name="part41"><p xmlns="http://www.w3.org/1999/xhtml">part 41</p></xsl:template>
  <xsl:template name="part42"><p xmlns="http://www.w3.org/1999/xhtml">part 42</p></xsl:template>
  <xsl:template name="part43"><p xmlns="http://www.w3.org/1999/xhtml">part 43</p></xsl:template>
  <xsl:template name="part44"><p xmlns="http://www.w3.org/1999/xhtml">part 44</p></xsl:template>
  <xsl:template name="part45"><p xmlns="http://www.w3.org/1999/xhtml">part 45</p></xsl:template>
  <xsl:template name="part46"><p xmlns="http://www.w3.org/1999/xhtml">part 46</p></xsl:template>
  <xsl:template name="part47"><p xmlns="http://www.w3.org/1999/xhtml">part 47</p></xsl:template>
  <xsl:template name="part48"><p xmlns="http://www.w3.org/1999/xhtml">part 48</p></xsl:template>
  <xsl:template name="part49"><p xmlns="http://www.w3.org/1999/xhtml">part 49</p></xsl:template>
  <xsl:template name="part50"><p xmlns="http://www.w3.org/1999/xhtml">part 50</p></xsl:template>
  <xsl:template name="part51"><p xmlns="http://www.w3.org/1999/xhtml">part 51</p></xsl:template>
  <xsl:template name="part52"><p xmlns="http://www.w3.org/1999/xhtml">part 52</p></xsl:template>
  <xsl:template name="part53"><p xmlns="http://www.w3.org/1999/xhtml">part 53</p></xsl:template>
  <xsl:template name="part54"><p xmlns="http://www.w3.org/1999/xhtml">part 54</p></xsl:template>
  <xsl:template name="part55"><p xmlns="http://www.w3.org/1999/xhtml">part 55</p></xsl:template>
  <xsl:template name="part56"><p xmlns="http://www.w3.org/1999/xhtml">part 56</p></xsl:template>
  <xsl:template name="part57"><p xmlns="http://www.w3.org/1999/xhtml">part 57</p></xsl:template>
  <xsl:template name="part58"><p xmlns="http://www.w3.org/1999/xhtml">part 58</p></xsl:template>
  <xsl:template name="part59"><p xmlns="http://www.w3.org/1999/xhtml">part 59</p></xsl:template>
  <xsl:template name="part60"><p xmlns="http://www.w3.org/1999/xhtml">part 60</p></xsl:template>
  <xsl:template name="part61"><p xmlns="http://www.w3.org/1999/xhtml">part 61</p></xsl:template>
  <xsl:template name="part62"><p xmlns="http://www.w3.org/1999/xhtml">part 62</p></xsl:template>
  <xsl:template name="part63"><p xmlns="http://www.w3.org/1999/xhtml">part 63</p></xsl:template>
  <xsl:template name="part64"><p xmlns="http://www.w3.org/1999/xhtml">part 64</p></xsl:template>
  <xsl:template name="part65"><p xmlns="http://www.w3.org/1999/xhtml">part 65</p></xsl:template>
  <xsl:template name="part66"><p xmlns="http://www.w3.org/1999/xhtml">part 66</p></xsl:template>
  <xsl:template name="part67"><p xmlns="http://www.w3.org/1999/xhtml">part 67</p></xsl:template>
  <xsl:template name="part68"><p xmlns="http://www.w3.org/1999/xhtml">part 68</p></xsl:template>
  <xsl:template name="part69"><p xmlns="http://www.w3.org/1999/xhtml">part 69</p></xsl:template>
  <xsl:template name="part70"><p xmlns="http://www.w3.org/1999/xhtml">part 70</p></xsl:template>
  <xsl:template name="part71"><p xmlns="http://www.w3.org/1999/xhtml">part 71</p></xsl:template>
  <xsl:template name="part72"><p xmlns="http://www.w3.org/1999/xhtml">part 72</p></xsl:template>
  <xsl:template name="part73"><p xmlns="http://www.w3.org/1999/xhtml">part 73</p></xsl:template>
  <xsl:template name="part74"><p xmlns="http://www.w3.org/1999/xhtml">part 74</p></xsl:template>
  <xsl:template name="part75"><p xmlns="http://www.w3.org/1999/xhtml">part 75</p></xsl:template>
  <xsl:template name="part76"><p xmlns="http://www.w3.org/1999/xhtml">part 76</p></xsl:template>
  <xsl:template name="part77"><p xmlns="http://www.w3.org/1999/xhtml">part 77</p></xsl:template>
  <xsl:template name="part78"><p xmlns="http://www.w3.org/1999/xhtml">part 78</p></xsl:template>
  <xsl:template name="part79"><p xmlns="http://www.w3.org/1999/xhtml">part 79</p></xsl:template>
  <xsl:template name="part80"><p xmlns="http://www.w3.org/1999/xhtml">part 80</p></xsl:template>
  <xsl:template name="part81"><p xmlns="http://www.w3.org/1999/xhtml">part 81</p></xsl:template>
  <xsl:template name="part82"><p xmlns="http://www.w3.org/1999/xhtml">part 82</p></xsl:template>
  <xsl:template name="part83"><p xmlns="http://www.w3.org/1999/xhtml">part 83</p></xsl:template>
  <xsl:template name="part84"><p xmlns="http://www.w3.org/1999/xhtml">part 84</p></xsl:template>
  <xsl:template name="part85"><p xmlns="http://www.w3.org/1999/xhtml">part 85</p></xsl:template>
  <xsl:template name="part86"><p xmlns="http://www.w3.org/1999/xhtml">part 86</p></xsl:template>
  <xsl:template name="part87"><p xmlns="http://www.w3.org/1999/xhtml">part 87</p></xsl:template>
  <xsl:template name="part88"><p xmlns="http://www.w3.org/1999/xhtml">part 88</p></xsl:template>
  <xsl:template name="part89"><p xmlns="http://www.w3.org/1999/xhtml">part 89</p></xsl:template>
  <xsl:template name="part90"><p xmlns="http://www.w3.org/1999/xhtml">part 90</p></xsl:template>
  <xsl:template name="part91"><p xmlns="http://www.w3.org/1999/xhtml">part 91</p></xsl:template>
  <xsl:template name="part92"><p xmlns="http://www.w3.org/1999/xhtml">part 92</p></xsl:template>
  <xsl:template name="part93"><p xmlns="http://www.w3.org/1999/xhtml">part 93</p></xsl:template>
  <xsl:template name="part94"><p xmlns="http://www.w3.org/1999/xhtml">part 94</p></xsl:template>
  <xsl:template name="part95"><p xmlns="http://www.w3.org/1999/xhtml">part 95</p></xsl:template>
  <xsl:template name="part96"><p xmlns="http://www.w3.org/1999/xhtml">part 96</p></xsl:template>
  <xsl:template name="part97"><p xmlns="http://www.w3.org/1999/xhtml">part 97</p></xsl:template>
  <xsl:template name="part98"><p xmlns="http://www.w3.org/1999/xhtml">part 98</p></xsl:template>
  <xsl:template name="part99"><p xmlns="http://www.w3.org/1999/xhtml">part 99</p></xsl:template>
  <xsl:template name="part100"><p xmlns="http://www.w3.org/1999/xhtml">part 100</p></xsl:template>
</xsl:stylesheet>
