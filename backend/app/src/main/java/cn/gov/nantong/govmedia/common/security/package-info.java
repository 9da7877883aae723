@org.springframework.modulith.NamedInterface("security")
package cn.gov.nantong.govmedia.common.security;
